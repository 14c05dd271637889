// The floor for the start-up benchmark: the smallest React page, built with the same toolchain.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Floor() {
  useEffect(() => {
    performance.mark('app-ready');
    document.documentElement.dataset.ready = 'true';
  }, []);
  return <h1>Floor</h1>;
}

createRoot(document.getElementById('root')!).render(<Floor />);
