import { useEffect, useState } from 'react';
import type { StringReview } from '@core/i18n/confidence';

/**
 * How many of the page's texts a translator has reviewed (./pageReview.ts, a chunk of its own: it loads
 * only for a language that has reviews, so never before the first screen of one without).
 */
export function usePageReview(
  reviews: Readonly<Record<string, StringReview>> | undefined,
  path: string,
): { checked: number; total: number } | null {
  const [state, setState] = useState<{ checked: number; total: number; path: string } | null>(null);
  const hasReviews = Object.keys(reviews ?? {}).length > 0;
  useEffect(() => {
    if (!hasReviews) return;
    let live = true;
    void import('./pageReview')
      .then(({ pageReview, namespacesForPath }) => pageReview(reviews, namespacesForPath(path)))
      .then((r) => {
        if (live) setState({ ...r, path });
      });
    return () => {
      live = false;
    };
  }, [reviews, path, hasReviews]);
  return hasReviews && state?.path === path ? state : null;
}
