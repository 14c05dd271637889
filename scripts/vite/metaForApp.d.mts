import type { Plugin } from 'vite';

export function metaForApp(): Plugin;
