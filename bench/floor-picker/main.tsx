// The start-up benchmark's second reference: the app's first screen (the language picker, its markup and
// stylesheet, in English) and nothing else of the app: no i18next, router, providers, settings or case.
// Rendered by React, not prerendered: the cost of the screen itself. This page against the floor is the
// cost of the screen (sixteen names in four scripts), which any app showing it pays. (The app, whose
// picker is prerendered and works before React is loaded, is now quicker than this page.)
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { markFirstScreen } from '../../renderer/src/app/firstScreen';
import { FirstStartPicker } from '../../renderer/src/pages/FirstStartPicker';
import '../../renderer/src/styles/base.css';

function SameFirstScreen() {
  // The app's own marker (app/firstScreen.ts): the same mark, and the picker's fonts after the first paint.
  useEffect(() => markFirstScreen(), []);
  return <FirstStartPicker />;
}

createRoot(document.getElementById('root')!).render(<SameFirstScreen />);
