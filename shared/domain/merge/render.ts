import { inText } from './layout';
import type { MergePlan, MergedArticle } from './types';

/** The text a plan describes: the passages in the text, joined into their paragraphs, in story order. */
export function planToArticle(plan: MergePlan): MergedArticle {
  const paragraphs: string[][] = [];
  for (const passage of plan.passages) if (inText(passage)) (paragraphs[passage.paragraph!] ??= []).push(passage.text);
  return { headline: plan.headline, paragraphs: paragraphs.map((sentences) => sentences.join(' ')) };
}
