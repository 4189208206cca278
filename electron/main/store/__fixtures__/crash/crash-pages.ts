import { fakeAnalyze, fakePage } from '../../../services/test-support';
import { between, seededRandom } from './crash-random';

/**
 * The pages the import crash loop imports, made from a seed so the child and the test make the same ones:
 * pages of one to three articles (the fake analyser's format), a few kilobytes to a few tens of them, every
 * article's text its own, some pages sharing a lead with another page so their copies join one story.
 * Test helper only.
 */
export interface CrashPage {
  name: string;
  text: string;
}

export function crashPages(seed: number, count = 60): CrashPage[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, page) => {
    const articles = Array.from({ length: between(random, 1, 3) }, (_, n) => {
      const lead = n === 0 && random() < 0.3 ? `Shared lead ${between(random, 1, 6)}.` : `Lead of page ${page} article ${n}.`;
      const filler = `Page ${page} article ${n} tells the council story once more. `.repeat(between(random, 20, 500));
      return { headline: `Page ${page} article ${n}`, outlet: `Outlet ${page % 7}`, paragraphs: [lead, filler] };
    });
    return { name: `page-${String(page).padStart(3, '0')}.txt`, text: fakePage(...articles) };
  });
}

/** The fingerprints of a page's articles, as the import stores them. */
export const pageFingerprints = (page: CrashPage): string[] => fakeAnalyze(page.text, { source: page.name }).articles.map((a) => a.fingerprint);
