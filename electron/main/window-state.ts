import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './store/atomic-write';

/** Where the window was and how big, so Copydesk reopens as the user left it. */
export const WindowState = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().min(400), height: z.number().int().min(300) }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

/** A missing or unreadable state file just means default placement: it is a convenience, not data. */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = WindowState.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(state));
}

/** Keeps the saved bounds only if they are still on one of the displays (a monitor may have been unplugged). */
export function visibleOn(state: WindowState | null, displays: { x: number; y: number; width: number; height: number }[]): WindowState | null {
  if (!state) return null;
  const { x, y, width } = state.bounds;
  const onScreen = displays.some((d) => x + width > d.x + 40 && x < d.x + d.width - 40 && y >= d.y - 10 && y < d.y + d.height - 40);
  return onScreen ? state : null;
}
