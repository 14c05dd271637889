/**
 * Where each kind of page inside an area lives (absolute, without the `#`; the areas themselves are in
 * ./routes.ts): the one table the search index and links between areas read. Inside an area's nested
 * routes, link with `~` before it.
 */
export const PAGE_ROUTES = {
  step: (id: string) => `/procedure/step/${id}`,
  right: (id: string) => `/rights/${id}`,
  participation: (id: string) => `/rights/${id}`,
  work: () => '/work',
  letter: (id: string) => `/letters/${id}`,
  glossary: (id: string) => `/glossary/${id}`,
  help: (id: string) => `/help/${id}`,
} as const;
