/**
 * The export dialog's state across the reload a fix causes: the fixed draft is a new revision, and the Merge tab
 * remounts the workspace for it (as for a restore), which would close the dialog and drop the waivers. The
 * workspace of that revision reopens the dialog with what is carried here.
 */
export interface CarriedExport {
  draftId: string;
  revision: number;
  waived: ReadonlySet<string>;
  fixed: number;
}

let carried: CarriedExport | null = null;

export const carryExport = (state: CarriedExport): void => {
  carried = state;
};

/** What was carried to this draft's revision, if anything. Read, not taken: a double mount must see it too. */
export const carriedExport = (draftId: string, revision: number): CarriedExport | null =>
  carried && carried.draftId === draftId && carried.revision === revision ? carried : null;

/** Once the dialog closes, a later reload of the same revision must not reopen it. */
export const dropCarriedExport = (): void => {
  carried = null;
};
