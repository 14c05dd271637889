import type { Command } from '../types';

export const printToPdf: Command<'printToPdf'> = (req, ctx, event) => ctx.printToPdf(event, req.title);
