import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Pages and catalogs load lazily; on a busy 2-core CI machine that can take more than the default second.
configure({ asyncUtilTimeout: 8000 });

afterEach(() => {
  cleanup();
  window.location.hash = '';
});
