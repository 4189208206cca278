import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { TEMP_FILE_NAME } from '../../atomic-write';
import type { Store } from '../../open-store';

/**
 * What the crash loops check after every kill, each as a list of problems in words (empty when all is well),
 * so a failure says what broke rather than that two arrays differ. Test helper only.
 */

/** Every file under `dir`; none when a child killed early never created it. */
async function walk(dir: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else files.push(full);
  }
  return files;
}

/**
 * Files the store moved aside as damaged (or as a newer version's), and temporary files not named as the
 * atomic writer names them (which the next start would not recognise): a kill must leave neither.
 */
export async function damageProblems(store: Store): Promise<string[]> {
  const problems = store.health.notices().filter((n) => n.kind === 'moved-aside' || n.kind === 'read-only').map((n) => `${n.kind}: ${n.message}`);
  for (const file of await walk(store.dataDir)) {
    const name = path.basename(file);
    if (/\.(corrupt|newer)-\d{4}-/.test(name)) problems.push(`${file} was moved aside`);
    else if (name.endsWith('.tmp') && !TEMP_FILE_NAME.test(name)) problems.push(`${file} is a temporary file not named as the atomic writer names them`);
  }
  if (!store.health.writable) problems.push('the store is not writable');
  return problems;
}

/** Temporary files left in the store by killed writers (each must be hidden and named as ours). */
export async function leftoverTemps(dir: string): Promise<string[]> {
  return (await walk(dir)).filter((file) => TEMP_FILE_NAME.test(path.basename(file)));
}

/**
 * The library's view and the files agree: every listed copy has its body, in the story it names, which lists
 * it; every story lists only stored copies; no text is stored twice.
 */
export async function copyProblems(store: Store): Promise<string[]> {
  const problems: string[] = [];
  const byFingerprint = new Map<string, string>();
  for (const summary of store.copies.peekSummaries()) {
    const body = await store.copies.get(summary.id);
    if (!body) problems.push(`copy ${summary.id} is listed but its body is missing`);
    else if (body.storyId !== summary.storyId) problems.push(`copy ${summary.id}: body says story ${body.storyId}, index says ${summary.storyId}`);
    const story = summary.storyId === null ? undefined : store.stories.get(summary.storyId);
    if (!story?.copyIds.includes(summary.id)) problems.push(`copy ${summary.id} names story ${summary.storyId}, which does not list it`);
    const twin = byFingerprint.get(summary.fingerprint);
    if (twin !== undefined) problems.push(`copies ${twin} and ${summary.id} hold the same text`);
    byFingerprint.set(summary.fingerprint, summary.id);
  }
  for (const story of store.stories.peekAll()) {
    for (const id of story.copyIds) if (!store.copies.has(id)) problems.push(`story ${story.id} lists copy ${id}, which is not stored`);
    if (story.copyIds.length === 0) problems.push(`story ${story.id} is empty`);
  }
  return problems;
}

/**
 * Every listed draft opens, and its newest kept revisions can be read. Only the newest: a kill can only cut
 * short the writes it interrupted, and reading every revision of every draft after each of 200 kills would
 * read gigabytes.
 */
export async function draftProblems(store: Store, newest = 3): Promise<string[]> {
  const problems: string[] = [];
  for (const { id } of store.drafts.list()) {
    for (const { revision } of (store.drafts.kept(id) ?? []).slice(-newest)) {
      if (!(await store.drafts.revision(id, revision))) problems.push(`draft ${id} lists revision ${revision}, which cannot be read`);
    }
  }
  return problems;
}
