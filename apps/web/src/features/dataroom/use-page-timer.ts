import { useEffect } from 'react';
import { postPageTime } from './dataroom.api.ts';

/** Shorter stays are flicks through the pages (or React's development double mount), not reading. */
const MIN_REPORTED_MS = 100;

/**
 * Measures how long each page stays on screen and reports it when the reader leaves the page:
 * on turning to another page, when the tab is hidden (time in another tab is not reading) and
 * when the page unloads — the last two with `keepalive`, so the report survives the tab closing.
 */
export function usePageTimer(documentId: string, page: number, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let shownSince: number | null = document.visibilityState === 'visible' ? performance.now() : null;

    const flush = (keepalive: boolean) => {
      if (shownSince === null) return;
      const ms = performance.now() - shownSince;
      shownSince = null;
      if (ms >= MIN_REPORTED_MS) postPageTime(documentId, page, ms, keepalive);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush(true);
      else if (shownSince === null) shownSince = performance.now();
    };
    const onPageHide = () => flush(true);

    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      flush(false);
    };
  }, [documentId, page, enabled]);
}
