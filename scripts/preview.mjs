#!/usr/bin/env node
// `npm run preview`: builds the renderer and serves it on localhost, so the
// whole interface can be used in any browser. There is no main process: the
// page uses an in-memory `window.api` and a banner says nothing is saved.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { startServer } from './serve.mjs';

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const portArg = process.argv.find((a) => a.startsWith('--port='));
const port = Number(portArg?.split('=')[1] ?? process.env.PORT ?? 4173);
const { url } = await startServer({ port });
console.log(`\nWegwijs preview: ${url}\n(in-memory: nothing you enter is saved; Ctrl+C stops the server)\n`);
