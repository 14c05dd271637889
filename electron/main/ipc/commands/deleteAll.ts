import type { Command } from '../types';

/** Deletes everything in one action: the store, the session's storage and cache (and a kiosk's clipboard). */
export const deleteAll: Command<'deleteAll'> = async (_req, ctx) => {
  if (!(await ctx.wiper.clearData())) throw new Error('delete-all incomplete');
  return true as const;
};
