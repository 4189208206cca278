import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import './menu.css';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  /** Radio and checkbox items show and announce their state. */
  kind?: 'action' | 'radio' | 'checkbox';
  checked?: boolean;
  /** Starts a new section, headed by this text. */
  section?: string;
  shortcut?: string;
  /** A destructive action, drawn in the danger colour. */
  danger?: boolean;
}

interface Props {
  id?: string;
  label: string;
  items: MenuItem[];
  /** Closes the menu; `refocus` is false when focus is already going elsewhere (Tab, a click outside). */
  onClose: (refocus: boolean) => void;
  /** A press on this element (the menu's own button) is not "outside". */
  ownerRef?: RefObject<HTMLElement | null>;
  className?: string;
  style?: CSSProperties;
}

/**
 * An open menu following the WAI-ARIA menu pattern: the first item takes focus, arrows, Home and End move,
 * Escape and Tab close it, and a press outside closes it. Used under a header button and as a context menu.
 */
export function MenuList({ id, label, items, onClose, ownerRef, className = 'menu__list', style }: Props) {
  const [active, setActive] = useState(0);
  const menuRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [active]);

  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !ownerRef?.current?.contains(target)) onCloseRef.current(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [ownerRef]);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active >= last ? 0 : active + 1,
      ArrowUp: active <= 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      setActive(target);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    } else if (event.key === 'Tab') {
      onClose(false);
    }
  };

  const choose = (item: MenuItem) => {
    onClose(true);
    item.onSelect();
  };

  return (
    <div ref={menuRef} id={id} role="menu" aria-label={label} className={className} style={style} onKeyDown={onKeyDown}>
      {items.map((item, index) => (
        <div key={item.label} role="none">
          {item.section && (
            <div role="presentation" className="menu__section">
              {item.section}
            </div>
          )}
          <button
            type="button"
            role={item.kind === 'radio' ? 'menuitemradio' : item.kind === 'checkbox' ? 'menuitemcheckbox' : 'menuitem'}
            aria-checked={item.kind && item.kind !== 'action' ? Boolean(item.checked) : undefined}
            tabIndex={index === active ? 0 : -1}
            className={`menu__item${item.danger ? ' is-danger' : ''}`}
            onClick={() => choose(item)}
            onMouseEnter={() => setActive(index)}
          >
            <span className="menu__check" aria-hidden="true">
              {item.checked ? '✓' : ''}
            </span>
            <span className="menu__label">{item.label}</span>
            {item.shortcut && <kbd className="menu__shortcut">{item.shortcut}</kbd>}
          </button>
        </div>
      ))}
    </div>
  );
}
