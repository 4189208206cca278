import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from './analyze-document';
import type { WorkerJob, WorkerReply } from './worker-protocol';

// Worker thread entry: reads and analyses one file at a time for the main process, so a slow page (jsdom
// takes seconds) never blocks the window or the web twin's server.

const port = parentPort;
if (!port) throw new Error('analysis-worker must run in a worker thread');

const reply = (message: WorkerReply) => port.postMessage(message);

port.on('message', (job: WorkerJob) => {
  analyzeDocument({ name: job.name, bytes: job.bytes }, job.options).then(
    (result) => reply({ kind: 'done', id: job.id, result }),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      // Extractors name the file already; anything else (a bug, a library error) gets the name added.
      reply({ kind: 'failed', id: job.id, message: message.startsWith(job.name) ? message : `${job.name}: could not be read (${message})` });
    },
  );
});
reply({ kind: 'ready' });
