import type { QuoteStyle } from '../../../shared/domain/model';
import { ToggleGroup, type ToggleChoice } from '../../ui/ToggleGroup';

const CHOICES: ToggleChoice<QuoteStyle>[] = [
  { value: 'uk', label: 'UK ‘ ’', title: 'UK style: ‘single’ quotes first, “double” inside; Mr, Dr without a full stop' },
  { value: 'us', label: 'US “ ”', title: 'US style: “double” quotes first, ‘single’ inside; Mr., Dr. with a full stop' },
];

/** The house's quote convention, a setting shared by every draft. */
export function QuoteStyleToggle({ value, onChange, disabled }: { value: QuoteStyle; onChange: (style: QuoteStyle) => void; disabled: boolean }) {
  return <ToggleGroup label="Quote style" size="small" choices={CHOICES} value={value} disabled={disabled} onChoose={(style) => value !== style && onChange(style)} />;
}
