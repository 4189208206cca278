import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
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
}

/**
 * A header menu following the WAI-ARIA menu button pattern: opens on click, Enter, Space or ↓; arrows
 * move, Escape and Tab close it and focus returns to the button.
 */
export function MenuButton({ label, items }: { label: string; items: MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent) => {
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
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  const choose = (item: MenuItem) => {
    close(true);
    item.onSelect();
  };

  return (
    <div className="menu">
      <button
        ref={buttonRef}
        type="button"
        className="menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            openAt(0);
          }
        }}
      >
        {label}
      </button>
      {open && (
        <div ref={menuRef} id={menuId} role="menu" aria-label={label} className="menu__list" onKeyDown={onMenuKey}>
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
                className="menu__item"
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
      )}
    </div>
  );
}
