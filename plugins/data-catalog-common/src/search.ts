import { z } from 'zod';

export const searchDocumentKinds = ['table', 'column', 'term', 'tag'] as const;
export type SearchDocumentKind = (typeof searchDocumentKinds)[number];

/** The Backstage search document type of the data-catalog collator. */
export const DATA_CATALOG_SEARCH_TYPE = 'data-catalog';

const list = z
  .union([z.string(), z.array(z.string())])
  .transform(v => (Array.isArray(v) ? v : [v]))
  .optional();

export const searchQuerySchema = z.object({
  q: z.string().max(200).default(''),
  kind: list,
  platform: list,
  tag: list,
  owner: list,
  domain: list,
  /** Quality bands: `high` (≥80), `medium` (50-79), `low` (<50). */
  quality: list,
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10000).default(0),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export type SearchHit = {
  kind: SearchDocumentKind;
  /** Table ref, or the term/tag id. */
  id: string;
  entityRef?: string;
  column?: string;
  title: string;
  text: string;
  /** `title`/`text` with matches wrapped in <mark>…</mark>, HTML-escaped. */
  highlight: { title: string; text: string };
  platform?: string;
  owner?: string;
  domain?: string;
  tags: string[];
  qualityScore?: number;
  score: number;
};

export type FacetValue = { value: string; count: number };

export type SearchResponse = {
  hits: SearchHit[];
  /** Matches counted, at most 5,000 (see `totalCountCapped`). */
  totalCount: number;
  /**
   * More documents matched than were counted: `totalCount` and the facets
   * cover the best 5,000 matches.
   */
  totalCountCapped?: boolean;
  facets: Record<
    'kind' | 'platform' | 'tag' | 'owner' | 'domain' | 'quality',
    FacetValue[]
  >;
  tookMs: number;
};

export type AutocompleteSuggestion = {
  kind: SearchDocumentKind;
  label: string;
  entityRef?: string;
  id: string;
};

export const saveSearchRequestSchema = z.object({
  name: z.string().min(1).max(200),
  query: z.string().max(200),
  filters: z.record(z.string(), z.array(z.string())).default({}),
});

export type SavedSearch = {
  id: string;
  name: string;
  query: string;
  filters: Record<string, string[]>;
  favorite: boolean;
  lastUsedAt: string;
};

/**
 * A data-catalog document for Backstage search (`IndexableDocument` plus
 * the catalog's fields), as `GET /search/documents` returns it for the
 * search collator. Tables and columns carry `authorization.resourceRef`
 * (the table's ref); terms and tags have none and `entityRef` ''.
 */
export type DataCatalogSearchDocument = {
  title: string;
  text: string;
  location: string;
  authorization?: { resourceRef: string };
  kind: SearchDocumentKind;
  platform: string;
  owner: string;
  domain: string;
  tags: string[];
  quality?: number;
  entityRef: string;
  column?: string;
};

/** A page of `GET /search/documents?after=&limit=`, in key order. */
export type SearchDocumentsPage = {
  items: DataCatalogSearchDocument[];
  /** Pass as `after` for the next page; absent on the last one. */
  nextAfter?: string;
};
