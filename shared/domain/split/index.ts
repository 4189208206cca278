/**
 * One page → its articles.
 * - segmentArticles(lines): runs of copy joined or separated by their headers, with header/body/footer ranges.
 * - pickHeadline / headlineScore: headline choice by shape, repetition and position.
 * - headerFields: outlet, published time and byline from metadata lines.
 * - datelineOf: the wire dateline opening a first paragraph.
 */
export * from './segment';
export * from './headline';
export * from './header-fields';
export * from './dateline';
export { findProseRuns, type ProseRun } from './prose-runs';
