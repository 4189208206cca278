// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../../shared/api/contract';
import type { ApiEventPayload } from '../../../shared/api/events';
import type { ApiEvent } from '../../../shared/api/methods';
import { ApiContext, type ApiContextValue } from '../../api/ApiContext';
import { useImport, type ImportController } from './useImport';

// Files the OS handed to Electron are imported by main; the page learns of it only through events
// (import.opened, import.progress). Rendered for real in jsdom with a hand-driven event source.

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const report: ImportReport = { imported: [], duplicates: [], failed: [{ source: 'gone.txt', message: 'The file is gone.' }], cancelled: false, skipped: 0 };

function mount() {
  const listeners = new Map<ApiEvent, Set<(payload: unknown) => void>>();
  const cancel = vi.fn(async () => ({ ok: true, value: { cancelled: true } }));
  const value = {
    api: { 'import.cancel': cancel },
    shell: 'electron',
    on: (event: ApiEvent, listener: (payload: never) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => void set.delete(listener as (payload: unknown) => void);
    },
  } as unknown as ApiContextValue;
  let controller!: ImportController;
  const Probe = () => {
    controller = useImport(null);
    return null;
  };
  const container = document.createElement('div');
  const root: Root = createRoot(container);
  act(() => root.render(createElement(ApiContext.Provider, { value }, createElement(Probe))));
  const emit = <E extends ApiEvent>(event: E, payload: ApiEventPayload<E>) =>
    act(() => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    });
  return { emit, cancel, controller: () => controller, unmount: () => act(() => root.unmount()) };
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe('useImport with files handed over by the OS', () => {
  it('shows main’s import as running, with its progress and a cancel that reaches the services, then its report', async () => {
    const view = mount();
    cleanup = view.unmount;
    view.emit('import.opened', { phase: 'started' });
    expect(view.controller().state).toMatchObject({ phase: 'running', cancellable: true });
    view.emit('import.progress', { done: 1, total: 3, current: 'b.txt' });
    expect(view.controller().state).toMatchObject({ phase: 'running', progress: { done: 1, total: 3, current: 'b.txt' } });
    act(() => view.controller().cancel());
    expect(view.cancel).toHaveBeenCalledTimes(1);
    view.emit('import.opened', { phase: 'finished', report });
    // The running import ends when its promise settles: let React apply that.
    await act(async () => {});
    expect(view.controller().state).toEqual({ phase: 'finished', report, note: null, visible: true });
  });

  it('shows the report of an import whose start it missed (the page was still loading)', () => {
    const view = mount();
    cleanup = view.unmount;
    view.emit('import.opened', { phase: 'finished', report });
    expect(view.controller().state).toEqual({ phase: 'finished', report, note: null, visible: true });
  });
});
