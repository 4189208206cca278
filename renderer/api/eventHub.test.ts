import { describe, expect, it, vi } from 'vitest';
import { createEventHub } from './eventHub';

describe('createEventHub', () => {
  it('delivers valid payloads to every listener until they unsubscribe', () => {
    const hub = createEventHub();
    const first = vi.fn();
    const second = vi.fn();
    const stop = hub.subscribe('library.changed', first);
    hub.subscribe('library.changed', second);
    hub.emit('library.changed', { reason: 'import' });
    stop();
    hub.emit('library.changed', { reason: 'regroup' });
    expect(first.mock.calls).toEqual([[{ reason: 'import' }]]);
    expect(second.mock.calls).toEqual([[{ reason: 'import' }], [{ reason: 'regroup' }]]);
  });

  it('drops malformed payloads and keeps events apart', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hub = createEventHub();
    const onCommand = vi.fn();
    hub.subscribe('command', onCommand);
    hub.emit('command', { command: 'format-disk' });
    hub.emit('library.changed', { reason: 'x' });
    hub.emit('command', { command: 'focus-search' });
    expect(onCommand.mock.calls).toEqual([[{ command: 'focus-search' }]]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
