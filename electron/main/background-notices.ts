import type { ApiHandlers } from '../../shared/api/dispatch';
import { exportNotice, importNotice, type Notice } from './completion-notice';

export interface NoticeShell {
  /** The user is elsewhere: no Copydesk window has the focus. */
  inBackground: () => boolean;
  show: (notice: Notice) => void;
  now: () => number;
}

/**
 * The same handlers, telling the user through the OS when a long import or a batch export ends while they
 * are in another program. Observed here, at the composition root, so the services stay free of Electron.
 * Only the path imports (dialog and hand-over) are long in one call: a drop on the window is many short
 * import.files calls, and the window has the user's attention while it is dropped on.
 */
export function withCompletionNotices(handlers: ApiHandlers, shell: NoticeShell): ApiHandlers {
  const tell = (notice: Notice | null) => {
    if (notice && shell.inBackground()) shell.show(notice);
  };
  return {
    ...handlers,
    'import.pick': async (input) => {
      const started = shell.now();
      const report = await handlers['import.pick'](input);
      tell(importNotice(report, shell.now() - started));
      return report;
    },
    'export.batch': async (input) => {
      const report = await handlers['export.batch'](input);
      tell(exportNotice(report, input.folder));
      return report;
    },
  };
}
