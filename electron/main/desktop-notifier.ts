import type { Notification as ElectronNotification, NotificationConstructorOptions } from 'electron';
import type { Notice } from './completion-notice';

interface NotificationClass {
  isSupported(): boolean;
  new (options: NotificationConstructorOptions): Pick<ElectronNotification, 'on' | 'show'>;
}

/**
 * Shows a Notice as an OS notification whose click brings Copydesk forward; does nothing where the OS has
 * no notifications. Each one is held until clicked or closed: one only the OS refers to can be collected,
 * and its click then reaches nobody.
 */
export function desktopNotifier(Notification: NotificationClass, focus: () => void): (notice: Notice) => void {
  const shown = new Set<object>();
  return (notice) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: notice.title, body: notice.body });
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      focus();
    });
    notification.on('close', () => void shown.delete(notification));
    notification.show();
  };
}
