import type { Command } from '../types';

export const printPage: Command<'printPage'> = (_req, ctx, event) => ctx.printPage(event);
