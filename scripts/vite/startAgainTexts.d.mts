import type { Plugin } from 'vite';

export function startAgainTexts(): Plugin;
