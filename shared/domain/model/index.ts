export * from './copy';
export * from './story';
export * from './draft';
export * from './settings';
export * from './analysis';
export * from './export';
