import type { Command } from '../types';

export const saveSettings: Command<'saveSettings'> = async (req, ctx) => {
  await ctx.store.saveSettings(req);
  return true as const;
};
