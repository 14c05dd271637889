import { everyRouteTests } from './lib/quality';

/** WCAG 2.2 AA (axe) on every route and in the states behind input, in Tigrinya (Ethiopic script): see quality.e2e.ts. */
everyRouteTests('ti');
