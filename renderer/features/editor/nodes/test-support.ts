/// <reference types="vite/client" />
import seedPage from '../../../../../shared/fixtures/seed/daily8-met-lfr.txt?raw';
import { analyzePage } from '../../../../shared/domain/analyze';
import type { MergePolicy } from '../../../../shared/domain/merge';
import { planOf } from './editor-test-support';

/**
 * For the editor's headless tests: the seed story (Leader Live, then North Wales Chronicle, the issue's
 * acceptance case), plus everything in editor-test-support.ts. The page comes in through Vite's ?raw import
 * because renderer code may not touch the file system.
 */
const analysis = analyzePage(seedPage, { source: 'seed.txt', importedAt: '2026-11-27T12:00:00Z' });
const story = analysis.stories.find((s) => s.articles.length === 2)!;
export const seedVersions = analysis.articles.filter((a) => story.articles.includes(a.id));

export const seedPlan = (policy?: MergePolicy) => planOf(seedVersions, policy);

export * from './editor-test-support';
