import { useEffect, useRef, useState } from 'react';
import type { StoryAlignment, StoryVersion } from '../../../shared/domain/align';
import type { PairOptions } from './comparePair';
import type { AlignReply, AlignRequest } from './compare.worker';

export type AlignmentState = { status: 'loading' } | { status: 'ok'; alignment: StoryAlignment } | { status: 'error'; message: string };

/**
 * The story's alignment (the matrix), computed in a worker so the tab stays responsive on long stories. Only
 * the answer to the latest request is kept; the worker lives as long as the component using it.
 */
export function useAlignment(versions: readonly StoryVersion[], options: PairOptions): AlignmentState {
  const [state, setState] = useState<AlignmentState>({ status: 'loading' });
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const created = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = ({ data }: MessageEvent<AlignReply>) => {
      if (data.id !== latest.current) return;
      setState(data.ok ? { status: 'ok', alignment: data.alignment } : { status: 'error', message: `The versions could not be aligned: ${data.message}` });
    };
    created.onerror = () => setState({ status: 'error', message: 'The versions could not be aligned: the comparison worker failed to start.' });
    worker.current = created;
    return () => {
      created.terminate();
      worker.current = null;
    };
  }, []);

  const { ignoreWhitespace, ignoreTypography, ignoreCase, timeoutMs } = options;
  useEffect(() => {
    const request: AlignRequest = {
      id: ++latest.current,
      versions: versions.map(({ id, outlet, publishedAt, paragraphs }) => ({ id, outlet, publishedAt, paragraphs })),
      options: { ignoreWhitespace, ignoreTypography, ignoreCase, ...(timeoutMs === undefined ? {} : { timeoutMs }) },
    };
    setState({ status: 'loading' });
    worker.current?.postMessage(request);
  }, [versions, ignoreWhitespace, ignoreTypography, ignoreCase, timeoutMs]);

  return state;
}
