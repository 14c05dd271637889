import type { Command } from '../types';

/**
 * Kiosk: "finish" or the page's idle countdown. Main forgets everything and starts the page anew.
 * A wipe with a failed step is an error, never "done" (every step still ran; the page resets itself too).
 */
export const endSession: Command<'endSession'> = async (_req, ctx) => {
  if (!ctx.kiosk) return false;
  if (!(await ctx.wiper.wipe('end-session'))) throw new Error('wipe incomplete');
  return true;
};
