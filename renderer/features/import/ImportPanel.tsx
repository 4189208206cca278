import type { Ref } from 'react';
import { ImportProgressView } from './ImportProgressView';
import { ImportSummary } from './ImportSummary';
import type { ImportController } from './useImport';
import './import.css';

interface Props {
  controller: ImportController;
  onOpen: (copyId: string) => void;
  /** Focused by the status bar's "details" link. */
  panelRef: Ref<HTMLElement>;
}

/**
 * The running import's progress, then its summary, in a panel over the corner of the window: not modal, so
 * the editor keeps reading and working while a large folder comes in.
 */
export function ImportPanel({ controller, onOpen, panelRef }: Props) {
  const { state } = controller;
  if (state.phase === 'idle' || (state.phase === 'finished' && !state.visible)) return null;
  return (
    <section ref={panelRef} className="import-panel" aria-label="Import" tabIndex={-1}>
      {state.phase === 'running' ? (
        <ImportProgressView progress={state.progress} cancellable={state.cancellable} cancelling={state.cancelling} onCancel={controller.cancel} />
      ) : (
        <ImportSummary report={state.report} note={state.note} onOpen={onOpen} onClose={() => controller.setSummaryVisible(false)} />
      )}
    </section>
  );
}
