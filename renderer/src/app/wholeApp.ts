import { loadOnce } from './loadOnce';

/**
 * The rest of the app: React, i18next, the router, every screen's frame (./mount.tsx and what it imports),
 * a chunk of its own. Loaded once; a failed load is tried again on the next call.
 */
export const loadWholeApp = loadOnce(() => import('./mount')).load;
