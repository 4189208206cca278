import type { ApiError } from '../../shared/api/errors';
import { Icon } from './Icon';
import './ui.css';

/** Shows an API error's own message (services word them for people), or a sentence of the UI's, with a way to try again. */
export function ErrorMessage({ error, onRetry, testId }: { error: ApiError | string; onRetry?: () => void; testId?: string }) {
  return (
    <div className="error-message" role="alert" data-testid={testId}>
      <Icon name="alert" size={18} className="error-message__icon" />
      <p className="error-message__text">{typeof error === 'string' ? error : error.message}</p>
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
