import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { loadTerms } from '../../renderer/src/content/termsData';
import { webcrypto } from 'node:crypto';
import { performance as nodePerformance } from 'node:perf_hooks';

// The renderer project runs in vitest's vmThreads pool, where the global is jsdom's window itself. Two
// browser APIs the app uses are missing from jsdom there (under the forks pool, Node's own were the
// globals): User Timing (the app marks its start-up with performance.mark) and crypto.subtle (the
// translation reviews' SHA-256). Node's implementations stand in, as Chromium has both.
if (typeof performance.mark !== 'function') {
  Object.defineProperty(performance, 'mark', { value: nodePerformance.mark.bind(nodePerformance), configurable: true });
}
if (!globalThis.crypto?.subtle) {
  Object.defineProperty(globalThis.crypto, 'subtle', { value: webcrypto.subtle, configurable: true });
}

// jsdom lays nothing out, so it cannot scroll: its window.scrollTo only reports "not implemented". The
// app scrolls each new screen to its top (components/Layout.tsx); the end-to-end tests check that.
Object.defineProperty(window, 'scrollTo', { value: () => undefined, configurable: true, writable: true });

// Pages and catalogs load lazily; on a busy 2-core CI machine (these tests run beside the end-to-end ones)
// that can take seconds. Patience under load, not a speed claim: a passing wait ends as soon as it holds.
configure({ asyncUtilTimeout: 20_000 });

// The Dutch terms are a chunk the app loads with every area (app/App.tsx) and in the prefetch; tests that
// render a text with markers on its own, outside an area, get them as an area would.
await loadTerms();

afterEach(() => {
  cleanup();
  window.location.hash = '';
});
