import { useLayoutEffect, useRef, useState } from 'react';
import { MenuList, type MenuItem } from './MenuList';

export interface MenuPosition {
  x: number;
  y: number;
}

/** Room kept between the menu and the window's edge. */
const EDGE = 8;

/**
 * A menu at a point (the pointer, or the focused row for Shift+F10), moved back inside the window when it
 * would overflow. Its owner puts focus back when `onClose` asks for it.
 */
export function ContextMenu({ label, items, at, onClose }: { label: string; items: MenuItem[]; at: MenuPosition; onClose: (refocus: boolean) => void }) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState(at);
  useLayoutEffect(() => {
    const box = wrapper.current?.firstElementChild?.getBoundingClientRect();
    if (!box) return;
    setPlace({
      x: Math.max(EDGE, Math.min(at.x, window.innerWidth - box.width - EDGE)),
      y: Math.max(EDGE, Math.min(at.y, window.innerHeight - box.height - EDGE)),
    });
  }, [at]);
  return (
    <div ref={wrapper}>
      <MenuList label={label} items={items} onClose={onClose} className="menu__list menu__list--context" style={{ left: place.x, top: place.y }} />
    </div>
  );
}
