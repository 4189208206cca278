import { useId, useRef, useState } from 'react';
import { MenuList, type MenuItem } from './MenuList';

export type { MenuItem } from './MenuList';

/**
 * A header menu following the WAI-ARIA menu button pattern: opens on click, Enter, Space or ↓; the list
 * (MenuList) handles the keys inside and gives focus back to the button when it closes.
 */
export function MenuButton({ label, items }: { label: string; items: MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
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
        onClick={() => (open ? close(false) : setOpen(true))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label}
      </button>
      {open && <MenuList id={menuId} label={label} items={items} onClose={close} ownerRef={buttonRef} />}
    </div>
  );
}
