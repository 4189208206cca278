import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { SpellChecker } from './checker';
import { MAX_WORD_LENGTH, MAX_WORDS_PER_CHECK, SPELLCHECK_CHANNEL } from './channels';
import { spellLanguageFor } from './languages';

const CheckInput = z.object({
  /** The lang attribute around the text being checked. */
  lang: z.string().max(35),
  // Chromium never sends longer words (they are cut at the limit below, so they cannot be flagged anyway).
  words: z.array(z.string().max(MAX_WORD_LENGTH * 4)).max(MAX_WORDS_PER_CHECK),
});

export type SpellcheckAnswer = { ok: true; misspelled: string[] } | { ok: false; message: string };

/** One call of the preload's provider, validated like every other IPC input: bad input is refused, never guessed at. */
export function answerSpellcheck(checker: SpellChecker, input: unknown): SpellcheckAnswer {
  const parsed = CheckInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: `Spellcheck request refused: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ')}` };
  const language = spellLanguageFor(parsed.data.lang);
  return { ok: true, misspelled: language ? checker.misspelled(language, parsed.data.words) : [] };
}

/** The channel answers only Copydesk's own window (the same sender check as the API's, ipc.ts trustedSender). */
export function registerSpellcheckIpc(checker: SpellChecker, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): () => void {
  ipcMain.handle(SPELLCHECK_CHANNEL, (event, input: unknown): SpellcheckAnswer => {
    if (!isTrustedSender(event)) return { ok: false, message: 'This call did not come from the Copydesk window.' };
    try {
      return answerSpellcheck(checker, input);
    } catch (error) {
      // A missing dictionary must not break typing: nothing is marked, and the reason is logged once per call.
      console.error('[copydesk] spellcheck failed', error);
      return { ok: false, message: (error as Error).message };
    }
  });
  return () => ipcMain.removeHandler(SPELLCHECK_CHANNEL);
}
