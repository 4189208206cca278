import type { Ref } from 'react';
import { Icon } from '../../ui/Icon';
import { shortcutLabel } from '../../app/shortcuts';

export function SearchBox({ value, onChange, inputRef }: { value: string; onChange: (value: string) => void; inputRef: Ref<HTMLInputElement> }) {
  return (
    <div className="search-box">
      <Icon name="search" size={15} className="search-box__icon" />
      <input
        ref={inputRef}
        type="search"
        className="search-box__input"
        placeholder="Search the library"
        aria-label="Search the library"
        aria-keyshortcuts={shortcutLabel('F', 'aria')}
        data-testid="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            onChange('');
          }
        }}
      />
      <kbd className="search-box__hint" aria-hidden="true">
        {shortcutLabel('F', 'display')}
      </kbd>
    </div>
  );
}
