import { EmptyState } from '../ui/EmptyState';

/** The browser twin was opened without its per-run token: say how to get a working address. */
export function MissingToken() {
  return (
    <main className="missing-token">
      <EmptyState icon="alert" title="Open Copydesk with the address printed by npm run web">
        <p>
          For your safety, Copydesk's local service only answers the page it opened itself. Run <code>npm run web</code> in a terminal and open
          the address it prints, including its <code>?token=</code> part.
        </p>
      </EmptyState>
    </main>
  );
}
