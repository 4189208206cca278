/**
 * Article facts a page states in its head, for when Readability's own metadata (which reads Open Graph and
 * JSON-LD too) has nothing: other common meta names for the publish time and the site.
 */

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'DC.date.issued', 'dcterms.created', 'sailthru.date'];
const SITE_META = ['og:site_name', 'application-name', 'publisher', 'twitter:site'];

function metaContent(doc: Document, names: readonly string[]): string | null {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (wanted.has(key) && content) return content;
  }
  return null;
}

export function statedPublishedTime(doc: Document): string | null {
  return (
    metaContent(doc, PUBLISHED_META) ??
    doc.querySelector('[itemprop="datePublished"][datetime], time[pubdate][datetime]')?.getAttribute('datetime')?.trim() ??
    null
  );
}

export function statedSiteName(doc: Document): string | null {
  return metaContent(doc, SITE_META)?.replace(/^@/, '') ?? null;
}
