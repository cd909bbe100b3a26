import type {
  GlossaryHistoryEntry,
  GlossaryStatus,
  GlossaryTerm,
  GlossaryTransitionRequest,
  SchemaChangeSeverity,
  SearchQuery,
  SourceConnection,
  TagPolicyViolation,
  UpdateDocRequest,
} from '@internal/plugin-data-catalog-common';

/** A list the server pages by offset. */
export type ListResult<T> = { items: T[]; totalCount: number };

export type OffsetQuery = { limit?: number; offset?: number };

export type ListSourcesQuery = OffsetQuery & { platform?: string };

export type ListChangesQuery = OffsetQuery & {
  entityRef?: string;
  severity?: SchemaChangeSeverity;
};

/** `POST /sources/test`: an unsaved connection and the platform to try it on. */
export type TestConnectionRequest = {
  platform: string;
  connection: SourceConnection;
};

/**
 * A documentation change of the table, or of one of its columns; `null`
 * clears a field.
 */
export type UpdateDocsRequest = {
  [K in keyof UpdateDocRequest]?: UpdateDocRequest[K] | null;
} & { column?: string };

export type GlossaryListQuery = { status?: GlossaryStatus; q?: string };

export type GlossaryTermDetail = GlossaryTerm & {
  history: GlossaryHistoryEntry[];
  /** The workflow actions the term's status allows, per the server. */
  allowedActions?: GlossaryTransitionRequest['action'][];
};

export type GlossaryLink = { entityRef: string; column?: string };

/** A current tag-policy violation of one table (the Tags page lists them). */
export type TagViolation = TagPolicyViolation & { entityRef: string };

export type NewDiscussion = { column?: string; title: string; body: string };

/** What the search page sends; the server fills in the defaults. */
export type SearchRequest = Partial<SearchQuery>;

export type SaveSearchRequest = {
  name: string;
  query: string;
  filters: Record<string, string[]>;
};
