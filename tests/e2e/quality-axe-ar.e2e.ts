import { everyRouteTests } from './lib/quality';

/** WCAG 2.2 AA (axe) on every route and in the states behind input, in Arabic (right to left): see quality.e2e.ts. */
everyRouteTests('ar');
