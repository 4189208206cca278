/** What the marks mean, drawn with the marks themselves. */
export function MarkLegend() {
  return (
    <p className="compare-legend compare-legend--marks">
      <span>Key:</span>
      <ins className="compare-mark compare-mark--added">added text</ins>
      <del className="compare-mark compare-mark--removed">removed text</del>
      <span className="compare-badge">Moved to ↓</span>
      <span>the same passage stands elsewhere in the other version</span>
    </p>
  );
}
