import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createWorkerReader } from './worker-reader';

// A stand-in worker speaking the reader's protocol: it hangs forever on "hang.txt" and answers anything else.
const STAND_IN = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job.name === 'hang.txt') for (;;) {}
  if (job.name === 'bad.txt') return parentPort.postMessage({ kind: 'failed', id: job.id, message: 'bad.txt: is broken' });
  parentPort.postMessage({ kind: 'done', id: job.id, result: { format: 'text', analysis: { articles: [], stories: [], boilerplate: [] } } });
});
parentPort.postMessage({ kind: 'ready' });
`;

const bytes = new TextEncoder().encode('text');
const options = { maxBytes: 1000, importedAt: '2026-03-01T12:00:00.000Z' };

describe('createWorkerReader', () => {
  it('stops a file over its time budget, reports it, and reads the next file in a fresh worker', async () => {
    let starts = 0;
    const reader = createWorkerReader({ budgetMs: 300, start: () => (starts++, new Worker(STAND_IN, { eval: true })) });
    expect((await reader.read({ name: 'one.txt', bytes }, options)).format).toBe('text');
    await expect(reader.read({ name: 'bad.txt', bytes }, options)).rejects.toThrow('bad.txt: is broken');
    // A failure the worker reported keeps the worker.
    expect(starts).toBe(1);
    await expect(reader.read({ name: 'hang.txt', bytes }, options)).rejects.toThrow('hang.txt: took longer than 0.3 s to read and analyse, so it was stopped');
    expect((await reader.read({ name: 'two.txt', bytes }, options)).format).toBe('text');
    expect(starts).toBe(2);
    await reader.close();
  });

  it('reads a real file in the real worker', async () => {
    const reader = createWorkerReader({ budgetMs: 60_000 });
    const text = 'Ferry fares to rise for second year\n\nFerry fares will rise by 6 per cent in April, the operator said on Monday.\n\nThe increase follows a rise in fuel costs, it said.';
    const result = await reader.read({ name: 'wire.txt', bytes: new TextEncoder().encode(text) }, options);
    expect(result.format).toBe('text');
    expect(result.analysis.articles[0]!.paragraphs[0]).toMatch(/^Ferry fares will rise/);
    await expect(reader.read({ name: 'empty.txt', bytes: new Uint8Array() }, options)).rejects.toThrow('empty.txt: is empty');
    await reader.close();
  });
});
