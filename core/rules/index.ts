export * from './types';
export * from './rules';
export * from './statistics';
export * from './holidays';
export * from './periods';
