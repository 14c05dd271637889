import { flattenCatalog } from '@core/i18n/catalog';
import { currentReviews, type StringReview } from '@core/i18n/confidence';
import { readCatalog } from './index';

/** The catalogs a page's texts come from, by the first part of its path. */
const PAGE_NAMESPACES: Record<string, readonly string[]> = {
  procedure: ['procedure', 'procedureUi'],
  timeline: ['timeline'],
  rights: ['rights', 'participation', 'areasUi'],
  work: ['work'],
  letters: ['letters', 'areasUi'],
  help: ['help', 'areasUi'],
  glossary: ['glossary'],
};

export function namespacesForPath(path: string): readonly string[] {
  const area = path.split('/').filter(Boolean)[0] ?? '';
  return PAGE_NAMESPACES[area] ?? ['common'];
}

/** SHA-256 of a text, in hex: the same hash `npm run i18n:import` records (Web Crypto). */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * How many texts of the page's catalogs a translator has reviewed against the
 * English they show now: a review of an English text that has changed since
 * no longer counts.
 */
export async function pageReview(
  reviews: Readonly<Record<string, StringReview>> | undefined,
  namespaces: readonly string[],
): Promise<{ checked: number; total: number }> {
  const english = new Map<string, string>();
  for (const ns of namespaces) flattenCatalog(await readCatalog('en', ns), ns, english);
  const hashes = new Map<string, string>();
  for (const key of Object.keys(reviews ?? {})) {
    const text = english.get(key);
    if (text !== undefined) hashes.set(key, await sha256(text));
  }
  return { checked: currentReviews(reviews, (k) => hashes.get(k)).size, total: english.size };
}
