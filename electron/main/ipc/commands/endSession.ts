import type { Command } from '../types';

/** Kiosk: "finish" or the page's idle countdown. Main forgets everything and starts the page anew. */
export const endSession: Command<'endSession'> = async (_req, ctx) => {
  if (!ctx.kiosk) return false;
  await ctx.wiper.wipe('end-session');
  return true;
};
