import type { Command } from '../types';

export const loadCase: Command<'loadCase'> = (_req, ctx) => ctx.store.loadCase();
