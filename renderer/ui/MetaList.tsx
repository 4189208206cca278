import './meta-list.css';

export interface MetaField {
  label: string;
  value: string | number | null;
  /** Full value for a tooltip when the shown one is shortened or reformatted. */
  title?: string;
}

/** Label/value pairs; missing values read "—" so the reader knows the field exists but is unknown. */
export function MetaList({ fields }: { fields: MetaField[] }) {
  return (
    <dl className="meta-list">
      {fields.map(({ label, value, title }) => (
        <div key={label} className="meta-list__row">
          <dt>{label}</dt>
          <dd title={title} className={value === null || value === '' ? 'is-missing' : undefined}>
            {value === null || value === '' ? '—' : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
