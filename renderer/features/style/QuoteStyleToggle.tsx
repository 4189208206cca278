import type { QuoteStyle } from '../../../shared/domain/model';

const CHOICES: { style: QuoteStyle; label: string; title: string }[] = [
  { style: 'uk', label: 'UK ‘ ’', title: 'UK style: ‘single’ quotes first, “double” inside; Mr, Dr without a full stop' },
  { style: 'us', label: 'US “ ”', title: 'US style: “double” quotes first, ‘single’ inside; Mr., Dr. with a full stop' },
];

/** The house's quote convention, a setting shared by every draft. */
export function QuoteStyleToggle({ value, onChange, disabled }: { value: QuoteStyle; onChange: (style: QuoteStyle) => void; disabled: boolean }) {
  return (
    <div className="style-toggle" role="group" aria-label="Quote style">
      {CHOICES.map(({ style, label, title }) => (
        <button key={style} type="button" className="style-toggle__choice" aria-pressed={value === style} title={title} disabled={disabled} onClick={() => value !== style && onChange(style)}>
          {label}
        </button>
      ))}
    </div>
  );
}
