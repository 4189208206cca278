export * from './errors';
export * from './methods';
export * from './contract';
export * from './dispatch';
export * from './client';
export * from './http';
export * from './events';
export * from './bridge';
