import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { API_METHODS, ipcChannel } from '../../shared/api/methods';
import { dispatch, type ApiHandlers } from '../../shared/api/dispatch';
import { fail } from '../../shared/api/errors';

/**
 * One ipcMain handler per contract method, each a single line into `dispatch`. A call is answered only when
 * it comes from the main frame of Copydesk's own window showing Copydesk's own page: a sub-frame or a page
 * that somehow navigated elsewhere gets 'forbidden-origin'.
 */
export function registerIpc(handlers: ApiHandlers, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), (event, input: unknown) =>
      isTrustedSender(event)
        ? dispatch(handlers, method, input, (name, error) => console.error(`[copydesk] ${name} failed`, error))
        : fail('forbidden-origin', 'This call did not come from the Copydesk window.'),
    );
  }
  return () => API_METHODS.forEach((method) => ipcMain.removeHandler(ipcChannel(method)));
}

/** The sender check: our window's top frame, on our renderer's URL. */
export function trustedSender(contents: () => WebContents | null, isAppUrl: (url: string) => boolean) {
  return (event: IpcMainInvokeEvent): boolean => {
    const own = contents();
    const frame = event.senderFrame;
    return own !== null && event.sender === own && frame !== null && frame === own.mainFrame && isAppUrl(frame.url);
  };
}
