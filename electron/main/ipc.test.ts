import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';

const handled = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => handled.set(channel, fn),
    removeHandler: (channel: string) => handled.delete(channel),
  },
}));

const { registerIpc, trustedSender } = await import('./ipc');
const { API_METHODS, ipcChannel } = await import('../../shared/api/methods');
const { ApiFailure } = await import('../../shared/api/errors');

const mainFrame = { url: 'file:///app/dist/renderer/index.html' };
const own = { mainFrame } as unknown as WebContents;
const isAppUrl = (url: string) => url === mainFrame.url;
const trusted = trustedSender(() => own, isAppUrl);
const event = (sender: unknown, frame: unknown) => ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent;

describe('IPC registration', () => {
  const handlers = Object.fromEntries(API_METHODS.map((m) => [m, vi.fn(async () => ({ method: m }))])) as never;

  it('registers exactly one channel per contract method and removes them again', () => {
    const dispose = registerIpc(handlers, trusted);
    expect([...handled.keys()].sort()).toEqual(API_METHODS.map(ipcChannel).sort());
    dispose();
    expect(handled.size).toBe(0);
  });

  it('dispatches trusted calls with validated input and refuses everything else', async () => {
    registerIpc(handlers, trusted);
    const call = handled.get(ipcChannel('copies.get'))!;
    expect(await call(event(own, mainFrame), { id: 'c1' })).toEqual({ ok: true, value: { method: 'copies.get' } });
    expect(await call(event(own, mainFrame), { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(event(own, { url: mainFrame.url }), { id: 'c1' })).toMatchObject({ ok: false, error: { code: 'forbidden-origin' } });
    expect(await call(event({}, mainFrame), { id: 'c1' })).toMatchObject({ ok: false, error: { code: 'forbidden-origin' } });
  });

  it('turns service failures into results instead of exceptions', async () => {
    const failing = { ...(handlers as object), 'copies.get': async () => { throw new ApiFailure('not-found', 'No copy c9.'); } } as never;
    registerIpc(failing, trusted);
    const result = await handled.get(ipcChannel('copies.get'))!(event(own, mainFrame), { id: 'c9' });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'No copy c9.' } });
  });
});
