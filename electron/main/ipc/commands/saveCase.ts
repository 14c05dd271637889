import type { Command } from '../types';

export const saveCase: Command<'saveCase'> = (req, ctx) => {
  ctx.store.saveCase(req);
  return true as const;
};
