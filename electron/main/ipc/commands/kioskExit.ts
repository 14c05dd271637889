import type { Command } from '../types';

export const kioskExit: Command<'kioskExit'> = (req, ctx) => ctx.kioskExit(req.code);
