/** What the search box finds, in the order its groups are listed when scores tie. */
export const SEARCH_KINDS = ['park', 'subpark', 'industry', 'cluster', 'township', 'hub'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
