/** The app's areas: one place for their paths, icons and label keys (common.json → areas.<id>). */
export const AREAS = [
  { id: 'procedure', path: '/procedure', icon: 'route' },
  { id: 'timeline', path: '/timeline', icon: 'clock' },
  { id: 'rights', path: '/rights', icon: 'shield' },
  { id: 'work', path: '/work', icon: 'work' },
  { id: 'letters', path: '/letters', icon: 'letter' },
  { id: 'help', path: '/help', icon: 'help' },
  { id: 'glossary', path: '/glossary', icon: 'book' },
] as const;

export type AreaId = (typeof AREAS)[number]['id'];
