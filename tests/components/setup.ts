import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { loadTerms } from '../../renderer/src/content/termsData';

// Pages and catalogs load lazily; on a busy 2-core CI machine that can take more than the default second.
configure({ asyncUtilTimeout: 8000 });

// The Dutch terms are a chunk the app loads with every area (app/App.tsx) and in the prefetch; tests that
// render a text with markers on its own, outside an area, get them as an area would.
await loadTerms();

afterEach(() => {
  cleanup();
  window.location.hash = '';
});
