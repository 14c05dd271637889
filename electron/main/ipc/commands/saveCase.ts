import type { Command } from '../types';

export const saveCase: Command<'saveCase'> = async (req, ctx) => {
  await ctx.store.saveCase(req);
  return true as const;
};
