import type { Command } from '../types';

export const saveSettings: Command<'saveSettings'> = (req, ctx) => {
  ctx.store.saveSettings(req);
  return true as const;
};
