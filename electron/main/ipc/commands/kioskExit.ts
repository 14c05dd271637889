import type { Command } from '../types';

/** The staff exit: a right code wipes the session and closes the app. Attempts are logged by name only. */
export const kioskExit: Command<'kioskExit'> = async (req, ctx) => {
  if (!ctx.kiosk || !ctx.exitGate) return { outcome: 'unavailable', retryAfterSeconds: 0 };
  const result = ctx.exitGate.attempt(req.code);
  ctx.log(`kiosk-exit-${result.outcome}`);
  if (result.outcome === 'closing') {
    await ctx.wiper.clearData();
    ctx.quit();
  }
  return result;
};
