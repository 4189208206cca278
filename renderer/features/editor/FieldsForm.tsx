import { useId, useRef, type KeyboardEvent } from 'react';
import type { DraftFields } from '../../../shared/domain/draft';

interface Props {
  fields: DraftFields;
  onChange: (next: DraftFields) => void;
  readOnly: boolean;
  lang: string;
  /** Enter in the last field goes on into the body. */
  onDone: () => void;
}

type Key = keyof DraftFields;

/** The store's limits (DraftFields), so what is typed is never refused on save. */
const MAX_LENGTH: Record<Key, number> = { headline: 1000, standfirst: 5000, byline: 1000, dateline: 1000 };
const ORDER: Key[] = ['headline', 'standfirst', 'byline', 'dateline'];

/** The fields are one line each: a newline pasted from a page or typed would not survive export. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * Headline, standfirst, byline and dateline above the body. Enter moves to the next field (and from the
 * dateline into the body), as a sub-editor filling in a story's furniture expects; the headline and
 * standfirst wrap rather than scroll sideways.
 */
export function FieldsForm({ fields, onChange, readOnly, lang, onDone }: Props) {
  const refs = useRef<Partial<Record<Key, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const idBase = useId();
  const idOf = (key: Key) => `${idBase}-${key}`;

  const common = (key: Key) => ({
    id: idOf(key),
    ref: (element: HTMLInputElement | HTMLTextAreaElement | null) => {
      refs.current[key] = element;
    },
    value: fields[key],
    maxLength: MAX_LENGTH[key],
    readOnly,
    spellCheck: true,
    lang,
    'data-testid': `field-${key}`,
    onChange: (event: { target: { value: string } }) => onChange({ ...fields, [key]: oneLine(event.target.value) }),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
      event.preventDefault();
      const next = ORDER[ORDER.indexOf(key) + 1];
      if (next) refs.current[next]?.focus();
      else onDone();
    },
  });

  return (
    <div className="draft-fields">
      <label className="visually-hidden" htmlFor={idOf('headline')}>
        Headline
      </label>
      <textarea {...common('headline')} className="draft-fields__headline" rows={1} placeholder="Headline" />
      <label className="visually-hidden" htmlFor={idOf('standfirst')}>
        Standfirst
      </label>
      <textarea {...common('standfirst')} className="draft-fields__standfirst" rows={1} placeholder="Standfirst — the summary under the headline" />
      <div className="draft-fields__row">
        <label className="draft-fields__small">
          <span>Byline</span>
          <input {...common('byline')} type="text" placeholder="By …" />
        </label>
        <label className="draft-fields__small">
          <span>Dateline</span>
          <input {...common('dateline')} type="text" placeholder="Where it was filed, e.g. LONDON" />
        </label>
      </div>
    </div>
  );
}
