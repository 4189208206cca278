import type { ApiError } from '../../shared/api/errors';
import { Icon } from './Icon';
import './ui.css';

/** Shows an API error's own message (services word them for people) with a way to try again. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="error-message" role="alert">
      <Icon name="alert" size={18} className="error-message__icon" />
      <p className="error-message__text">{error.message}</p>
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
