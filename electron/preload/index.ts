import { contextBridge, ipcRenderer, webFrame, type IpcRendererEvent } from 'electron';
import { API_EVENTS, API_METHODS, ipcChannel, ipcEventChannel, isApiEvent, type ApiEvent } from '../../shared/api/methods';
import { BRIDGE_GLOBAL } from '../../shared/api/bridge';
import { usesOfflineSpellchecker } from '../main/spellcheck/channels';
import { installSpellCheckProvider, type PageDocument } from './spellcheck';

// The sandboxed preload: the page gets exactly the contract's methods and the event subscription, each a
// plain function over one fixed channel. Raw ipcRenderer never reaches the page. Imports only the zod-free
// name lists, so this bundle stays tiny.

const methods = Object.fromEntries(
  API_METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input)]),
);

function on(event: ApiEvent, listener: (payload: unknown) => void): () => void {
  if (!isApiEvent(event)) throw new Error(`Unknown Copydesk event "${String(event)}"; known: ${API_EVENTS.join(', ')}`);
  if (typeof listener !== 'function') throw new Error('A Copydesk event listener must be a function.');
  const channel = ipcEventChannel(event);
  // Drop the IpcRendererEvent: it carries `sender`, which must not leak into the page.
  const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, { ...methods, on });

if (usesOfflineSpellchecker(process.platform)) {
  installSpellCheckProvider({
    setSpellCheckProvider: (language, provider) => webFrame.setSpellCheckProvider(language, provider),
    invoke: (channel, input) => ipcRenderer.invoke(channel, input),
    document: (globalThis as unknown as { document: PageDocument }).document,
  });
}
