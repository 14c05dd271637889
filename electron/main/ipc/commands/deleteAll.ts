import type { Command } from '../types';

export const deleteAll: Command<'deleteAll'> = async (_req, ctx) => {
  ctx.store.deleteAll();
  await ctx.afterDeleteAll();
  return true as const;
};
