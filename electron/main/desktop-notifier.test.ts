import { describe, expect, it, vi } from 'vitest';
import { desktopNotifier } from './desktop-notifier';

function fakeNotificationClass(supported: boolean) {
  const made: { options: { title?: string; body?: string }; handlers: Map<string, () => void>; shown: boolean }[] = [];
  class FakeNotification {
    static isSupported = () => supported;
    private record: (typeof made)[number];
    constructor(options: { title?: string; body?: string }) {
      this.record = { options, handlers: new Map(), shown: false };
      made.push(this.record);
    }
    on(event: string, handler: () => void) {
      this.record.handlers.set(event, handler);
      return this;
    }
    show() {
      this.record.shown = true;
    }
  }
  return { FakeNotification, made };
}

describe('desktopNotifier', () => {
  it('shows the notice, and a click brings the window forward', () => {
    const { FakeNotification, made } = fakeNotificationClass(true);
    const focus = vi.fn();
    desktopNotifier(FakeNotification as never, focus)({ title: 'Import finished', body: 'Imported 240 files (3 failed)' });
    expect(made).toHaveLength(1);
    expect(made[0]!.options).toMatchObject({ title: 'Import finished', body: 'Imported 240 files (3 failed)' });
    expect(made[0]!.shown).toBe(true);
    expect(focus).not.toHaveBeenCalled();
    made[0]!.handlers.get('click')!();
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('does nothing where the OS has no notifications', () => {
    const { FakeNotification, made } = fakeNotificationClass(false);
    desktopNotifier(FakeNotification as never, () => {})({ title: 't', body: 'b' });
    expect(made).toEqual([]);
  });
});
