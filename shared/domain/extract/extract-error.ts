/**
 * The one error every reader and extractor throws for a bad file. The message always starts with the file name so the
 * import report can show it as is ("report.docx: not a Word document (it is not a zip archive)").
 */
export class ExtractError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source}: ${problem}`);
    this.name = 'ExtractError';
  }
}
