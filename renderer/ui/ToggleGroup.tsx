import './ui.css';

export interface ToggleChoice<T extends string> {
  value: T;
  label: string;
  title?: string;
}

interface Props<T extends string> {
  /** The group's accessible name. */
  label: string;
  choices: readonly ToggleChoice<T>[];
  value: T;
  onChoose: (value: T) => void;
  disabled?: boolean;
  size?: 'small' | 'medium';
}

/**
 * Mutually exclusive choices joined into one control, the pressed one filled. Buttons with aria-pressed rather
 * than radios: each press takes effect at once, and Tab visits every choice.
 */
export function ToggleGroup<T extends string>({ label, choices, value, onChoose, disabled = false, size = 'medium' }: Props<T>) {
  return (
    <div className={size === 'small' ? 'toggle-group toggle-group--small' : 'toggle-group'} role="group" aria-label={label}>
      {choices.map((choice) => (
        <button key={choice.value} type="button" className="toggle-group__choice" aria-pressed={value === choice.value} title={choice.title} disabled={disabled} onClick={() => onChoose(choice.value)}>
          {choice.label}
        </button>
      ))}
    </div>
  );
}
