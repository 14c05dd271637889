import type { Rollup } from 'vite';

export function wholeAppTags(bundle: Rollup.OutputBundle, page: Rollup.OutputChunk, entryModule: string, base: string): string;
