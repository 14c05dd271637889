import type { Command } from '../types';

export const loadSettings: Command<'loadSettings'> = (_req, ctx) => ctx.store.loadSettings();
