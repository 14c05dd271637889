/** When the content was last checked against the sources (shown in the footer and on step pages). */
export const CONTENT_CHECKED = '2026-11-22';
