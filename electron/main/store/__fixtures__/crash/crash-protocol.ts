import { writeSync } from 'node:fs';

/**
 * What the crash children print and what they are told. A child prints `ready` once its store is open, then
 * `ack <kind> <id> <revision> [detail]` after each write resolved (the test then expects that write, or a
 * later one, to survive the kill), and `intent <kind> <id>` before a write whose effect may land without its
 * ack (a deletion: the draft may be gone although no ack said so). Test helper only.
 */

export interface AckLine {
  kind: string;
  id: string;
  revision: number;
  detail: string;
}

/**
 * Written with writeSync: over a pipe, process.stdout may buffer the line in the process, and a SIGKILL
 * right after would then lose an ack for a write that did happen (the loop would only claim less, but a
 * lost `intent` would make a deletion look like a lost write).
 */
const line = (text: string): void => void writeSync(1, `${text}\n`);

export const sayReady = (): void => line('ready');
export const sayAck = (kind: string, id: string, revision: number, detail = ''): void => line(`ack ${kind} ${id} ${revision}${detail ? ` ${detail}` : ''}`);
export const sayIntent = (kind: string, id: string): void => line(`intent ${kind} ${id}`);
/** Said as a file write begins, so the test can kill the child inside it. */
export const sayWriting = (file: string): void => line(`writing ${file}`);
/** Said when the write the config names has stopped half-way, waiting to be killed. */
export const sayHolding = (): void => line('holding');
export const isWriting = (text: string): boolean => text.startsWith('writing ');

export function parseAck(text: string): AckLine | null {
  const match = /^ack (\S+) (\S+) (\d+)(?: (.*))?$/.exec(text);
  return match ? { kind: match[1]!, id: match[2]!, revision: Number(match[3]), detail: match[4] ?? '' } : null;
}

export function parseIntent(text: string): { kind: string; id: string } | null {
  const match = /^intent (\S+) (\S+)$/.exec(text);
  return match ? { kind: match[1]!, id: match[2]! } : null;
}

/** Every child: where the store is, and the seed of its choices. */
export interface ChildConfig {
  dataDir: string;
  /** An empty resources folder: no sample is imported on first start. */
  resourcesDir: string;
  seed: number;
  /** Stop the n-th file write (counted from 1) half-way, to be killed there (announcing-ops.ts). */
  holdAtWrite?: number;
}

/** store-writer: `firstSeq` numbers its writes after every earlier child's, so "later" is a larger number. */
export interface StoreWriterConfig extends ChildConfig {
  firstSeq: number;
}

/** export-writer: exports every draft in every format into `folder` again and again, at a fixed time. */
export interface ExportWriterConfig extends ChildConfig {
  folder: string;
  now: string;
  /** Act as a disk without hard links (FAT, exFAT), so no-clobber exports take the exclusive move. */
  noHardLinks: boolean;
}

/** import-writer: imports the pages of crash-pages.ts made from `pagesSeed`, in chunks, in a seeded order. */
export interface ImportWriterConfig extends ChildConfig {
  pagesSeed: number;
}

/** Reads a child's config from its first argument. */
export const childConfig = <T extends ChildConfig>(): T => JSON.parse(process.argv[2] ?? '{}') as T;
