import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DraftRevision } from '../../../shared/domain/model';
import type { AtomicWriter } from './atomic-write';
import { describeIssue } from './file-format';
import { moveAside } from './move-aside';
import { readRawJson } from './raw-json';
import type { StoreHealth } from './store-health';
import type { StorePaths } from './store-files';

/**
 * The words of kept draft revisions, one file each (drafts/<id>/<revision>.json), read only when the
 * revisions list or a restore asks. Which revisions exist is the draft file's record (DraftFile.kept): a file
 * it does not list, left by a crash between the two writes, is never shown and is overwritten or deleted later.
 */
export class RevisionFiles {
  constructor(
    private readonly paths: StorePaths,
    private readonly health: StoreHealth,
    private readonly writer: AtomicWriter,
    private readonly now: () => Date,
  ) {}

  async write(revision: DraftRevision): Promise<void> {
    const file = this.paths.draftRevision(revision.draftId, revision.revision);
    await this.health.write(file, async () => {
      await mkdir(path.dirname(file), { recursive: true });
      await this.writer(file, JSON.stringify(revision));
    });
  }

  /** The revision, or undefined when its file is missing or damaged (then moved aside, with a notice). */
  async read(draftId: string, revision: number): Promise<DraftRevision | undefined> {
    const file = this.paths.draftRevision(draftId, revision);
    const raw = await readRawJson(file);
    if (raw.state === 'missing') return undefined;
    const parsed = raw.state === 'ok' ? DraftRevision.safeParse(raw.value) : null;
    if (parsed?.success && parsed.data.draftId === draftId && parsed.data.revision === revision) return parsed.data;
    const reason = raw.state === 'damaged' ? `not valid JSON (${raw.reason})` : parsed && !parsed.success ? `unexpected content ${describeIssue(parsed.error)}` : 'it belongs to another revision';
    const movedTo = await moveAside(file, 'corrupt', this.now());
    this.health.notice('moved-aside', file, `${file} is damaged: ${reason}. It was moved aside; the other revisions are still listed.`, movedTo);
    return undefined;
  }

  /**
   * Deletes revisions the draft no longer lists. Best effort: a file left behind is never listed, so a
   * failure here loses nothing and must not fail the save that dropped it.
   */
  async remove(draftId: string, revisions: readonly number[]): Promise<void> {
    await Promise.all(revisions.map((n) => rm(this.paths.draftRevision(draftId, n), { force: true }).catch(() => {})));
  }

  /** Deletes every revision of a deleted draft; best effort too, as its draft file, which lists them, is gone. */
  async removeAll(draftId: string): Promise<void> {
    await rm(this.paths.draftRevisionsDir(draftId), { recursive: true, force: true }).catch(() => {});
  }
}
