// The one IPC channel of the offline spellchecker: the preload's provider asks main which words are
// misspelt. No imports, so the sandboxed preload bundle stays tiny.
export const SPELLCHECK_CHANNEL = 'copydesk-spellcheck:check';

/** Chromium hands the provider a paragraph's words at a time; more than this in one call is not checked. */
export const MAX_WORDS_PER_CHECK = 2000;
/** A longer "word" is a URL or a code, not a spelling mistake: it is never flagged. */
export const MAX_WORD_LENGTH = 64;

/**
 * Where Copydesk's offline checker replaces Chromium's: everywhere but macOS, whose spellchecker is the OS's
 * own (offline, with the user's dictionary). Window and preload both ask this, so they cannot disagree.
 */
export const usesOfflineSpellchecker = (platform: string): boolean => platform !== 'darwin';
