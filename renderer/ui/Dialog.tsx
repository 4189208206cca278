import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Icon } from './Icon';
import './dialog.css';

interface Props {
  title: string;
  /** Called for Escape, the close button and the Cancel buttons the caller puts in the footer. */
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** A sentence under the title; becomes the dialog's accessible description. */
  description?: string;
  size?: 'small' | 'medium' | 'large';
  testId?: string;
}

/**
 * A modal dialog on the native <dialog>: the element marked data-autofocus takes focus first; showModal() makes the rest of the page inert (focus stays inside,
 * screen readers see only the dialog), Escape arrives as a cancel event that the owner turns into state, and
 * focus goes back to whatever had it when the dialog opened.
 */
export function Dialog({ title, onClose, children, footer, description, size = 'medium', testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first focusable element (the close button); the content names a better start
    // with data-autofocus, since React keeps the autofocus attribute out of the DOM.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onCancel={(event) => {
        // The owner decides: the dialog leaves the page when its state says so, never on its own.
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <header className="dialog__header">
        <div>
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {description && (
            <p id={descriptionId} className="dialog__description">
              {description}
            </p>
          )}
        </div>
        <button type="button" className="dialog__close" aria-label="Close" onClick={() => onCloseRef.current()}>
          <Icon name="close" size={16} />
        </button>
      </header>
      <div className="dialog__body">{children}</div>
      {footer && <footer className="dialog__footer">{footer}</footer>}
    </dialog>
  );
}
