/**
 * Size budgets of the extractors. Every parser here is linear or close to it in its input, so a cap on the
 * input size is what bounds its time; the caps sit well above any real article or wire file (a long feature
 * is ~100 KB of markup) and well below what would make the app stall.
 */
export const EXTRACT_LIMITS = {
  /** XML wire files (NewsML-G2 messages can bundle several items). */
  maxXmlChars: 20_000_000,
  /** ninjs JSON. */
  maxJsonChars: 20_000_000,
  /** An HTML fragment inside a wire item (body_html, inlineXML). */
  maxFragmentChars: 10_000_000,
  /** Markdown files. */
  maxMarkdownChars: 20_000_000,
  /** XML element nesting: real wire files nest < 20 deep; deeper is hostile or broken. */
  maxXmlDepth: 200,
} as const;
