import type { Command } from '../types';

export const getAppInfo: Command<'getAppInfo'> = (_req, ctx) => ctx.appInfo();
