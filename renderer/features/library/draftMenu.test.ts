import { describe, expect, it } from 'vitest';
import type { DraftStatus, DraftSummary } from '../../../shared/domain/model';
import { draftMenuItems } from './draftMenu';

const draft = (status: DraftStatus): DraftSummary => ({
  id: 'd1',
  storyId: null,
  title: 'Met policy',
  status,
  revision: 3,
  createdAt: '2026-11-27T11:00:00.000Z',
  updatedAt: '2026-11-27T11:05:00.000Z',
});

describe('draftMenuItems', () => {
  const calls: string[] = [];
  const actions = {
    open: (id: string) => calls.push(`open ${id}`),
    setStatus: (d: DraftSummary, status: DraftStatus) => calls.push(`${d.id} -> ${status}`),
    exportMany: (id: string) => calls.push(`export ${id}`),
    askDelete: (d: DraftSummary) => calls.push(`delete? ${d.id}`),
  };
  const labels = (status: DraftStatus) => draftMenuItems(draft(status), actions).map((i) => i.label);

  it('offers only the status moves that change something', () => {
    expect(labels('draft')).toEqual(['Open in Merge', 'Mark ready', 'Export…', 'Delete draft…']);
    expect(labels('ready')).toEqual(['Open in Merge', 'Mark as draft', 'Export…', 'Delete draft…']);
    expect(labels('exported')).toEqual(['Open in Merge', 'Mark ready', 'Mark as draft', 'Export…', 'Delete draft…']);
  });

  it('sends each item to its action, and marks deletion as dangerous', () => {
    calls.length = 0;
    const items = draftMenuItems(draft('exported'), actions);
    for (const item of items) item.onSelect();
    expect(calls).toEqual(['open d1', 'd1 -> ready', 'd1 -> draft', 'export d1', 'delete? d1']);
    expect(items.at(-1)).toMatchObject({ danger: true });
  });
});
