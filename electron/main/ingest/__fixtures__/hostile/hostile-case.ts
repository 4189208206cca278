/**
 * The hostile corpus's common shape. Test helper only: each case is one file an attacker could hand the
 * desk, with the one thing it tries, so a failing assertion names the attack rather than a byte offset.
 */

/** The global every payload sets when it runs; the browser-twin spec asserts it stays undefined. */
export const SENTINEL = '__copydeskPwned';

/** What a payload runs: sets the sentinel to the case id (never anything destructive). */
export const pwn = (id: string): string => `window.${SENTINEL}='${id}'`;
/** The same from inside a frame or a document of its own (srcdoc, data: URLs), which reach the app as parent/top. */
export const pwnParent = (id: string): string => `parent.${SENTINEL}='${id}';top.${SENTINEL}='${id}'`;

export interface HostileCase {
  /** Unique, kebab-case; the value the payload would give the sentinel. */
  id: string;
  /** The file name it is imported under (its extension chooses the reader, like a user's file). */
  name: string;
  content: string | Uint8Array;
  /** One line: what it tries. */
  attacks: string;
  /**
   * Whether the payload's words may remain in the copy as plain text: true for formats whose text is the copy
   * itself (plain text, Markdown's raw HTML, XML CDATA), where "<script>" is what the writer typed. Markup
   * formats must leave none of it: their scripts and attributes are not article text.
   */
  keepsPayloadAsText?: boolean;
}

export const bytesOf = (content: string | Uint8Array): Uint8Array => (typeof content === 'string' ? new TextEncoder().encode(content) : content);
