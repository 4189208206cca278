export function OutletFilter({ outlets, value, onChange }: { outlets: string[]; value: string; onChange: (value: string) => void }) {
  return (
    <select
      className="outlet-filter"
      aria-label="Show copies from"
      data-testid="outlet-filter"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">All outlets</option>
      {outlets.map((outlet) => (
        <option key={outlet} value={outlet}>
          {outlet}
        </option>
      ))}
    </select>
  );
}
