import { docxCases } from './docx-cases';
import { HTML_CASES } from './html-cases';
import { NINJS_CASES } from './ninjs-cases';
import { TEXT_CASES } from './text-cases';
import { xmlCases } from './xml-cases';
import type { HostileCase } from './hostile-case';

/**
 * The hostile corpus (issue 8, part 2): every file an attacker could hand the desk, one attack per case.
 * Test helper only. `secretUrl` is the file:// URL of a file the test made, holding a marker that must never
 * reach the store, a report or the screen.
 */
export function hostileCorpus(secretUrl: string): HostileCase[] {
  return [...HTML_CASES, ...TEXT_CASES, ...xmlCases(secretUrl), ...NINJS_CASES, ...docxCases(secretUrl)];
}

export { HOSTILE_HEADLINE } from './article-text';
export { HOSTILE_FILE_NAMES } from './file-names';
export { POLLUTED_KEY } from './ninjs-cases';
export { PASTED_CASES } from './text-cases';
export { bytesOf, SENTINEL, type HostileCase } from './hostile-case';
