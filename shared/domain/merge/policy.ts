import type { MergePolicy } from './types';

export const NEWEST_POLICY: MergePolicy = { kind: 'newest' };

/** Reads a policy as the CLI and settings spell it: "newest" or "base:VERSION_ID". */
export function parsePolicy(text: string): MergePolicy | { problem: string } {
  if (text === 'newest') return NEWEST_POLICY;
  if (text.startsWith('base:') && text.length > 'base:'.length) return { kind: 'base', version: text.slice('base:'.length) };
  return { problem: `unknown merge policy "${text}" (use "newest" or "base:ARTICLE_ID")` };
}

export const policyLabel = (policy: MergePolicy): string => (policy.kind === 'newest' ? 'newest' : `base:${policy.version}`);
