import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  ActivityEntry,
  AssignTagsRequest,
  AutocompleteSuggestion,
  ConnectionTestResult,
  CreateSourceRequest,
  DashboardSummary,
  DataAssetDetail,
  DataAssetSummary,
  DataSource,
  DiscussionThread,
  DocHistoryEntry,
  GlossaryTerm,
  GlossaryTermRequest,
  GlossaryTransitionRequest,
  LineageNeighbours,
  ListTablesQuery,
  Page,
  QueryHistoryEntry,
  SavedSearch,
  SchemaChangeEvent,
  SearchResponse,
  SyncRun,
  Tag,
  TagCategory,
  TagCategoryRequest,
  TagRequest,
  UpdateSourceRequest,
} from '@internal/plugin-data-catalog-common';
import type * as T from './types';

/** Sources (connections), their syncs and schema changes. */
export interface DataCatalogSourcesApi {
  listSources(query: T.ListSourcesQuery): Promise<T.ListResult<DataSource>>;
  getSource(id: string): Promise<DataSource>;
  createSource(request: CreateSourceRequest): Promise<DataSource>;
  updateSource(id: string, request: UpdateSourceRequest): Promise<DataSource>;
  deleteSource(id: string): Promise<void>;
  testConnection(
    request: T.TestConnectionRequest,
  ): Promise<ConnectionTestResult>;
  testSource(id: string): Promise<ConnectionTestResult>;
  /** Starts a sync; it runs on in the background (see getSync). */
  syncSource(id: string): Promise<SyncRun>;
  listSyncs(
    sourceId: string,
    query: T.OffsetQuery,
  ): Promise<T.ListResult<SyncRun>>;
  getSync(id: string): Promise<SyncRun>;
  listSourceChanges(
    sourceId: string,
    query: T.ListChangesQuery,
  ): Promise<T.ListResult<SchemaChangeEvent>>;
  listChanges(
    query: T.ListChangesQuery,
  ): Promise<T.ListResult<SchemaChangeEvent>>;
  /** Platforms with a registered connector. */
  listPlatforms(): Promise<string[]>;
}

/** Tables and views (by entity ref), their usage, quality and the dashboard. */
export interface DataCatalogAssetsApi {
  listTables(query: Partial<ListTablesQuery>): Promise<Page<DataAssetSummary>>;
  getTable(entityRef: string): Promise<DataAssetDetail>;
  listTableQueries(
    entityRef: string,
    query: T.OffsetQuery,
  ): Promise<T.ListResult<QueryHistoryEntry>>;
  listTableChanges(
    entityRef: string,
    query: T.OffsetQuery,
  ): Promise<T.ListResult<SchemaChangeEvent>>;
  /** Counts a portal view of the table (trending, usage). */
  recordView(entityRef: string): Promise<void>;
  /** Samples the table now and recomputes its stats and quality. */
  profileTable(entityRef: string): Promise<void>;
  getDashboard(): Promise<DashboardSummary>;
}

/** Documentation, tags, glossary, discussions, favourites and activity. */
export interface DataCatalogGovernanceApi {
  updateDocs(entityRef: string, request: T.UpdateDocsRequest): Promise<void>;
  getDocHistory(entityRef: string, column?: string): Promise<DocHistoryEntry[]>;
  /** Refused with a 400 listing every tag-policy violation. */
  assignTags(entityRef: string, request: AssignTagsRequest): Promise<void>;

  listTagCategories(): Promise<TagCategory[]>;
  createTagCategory(request: TagCategoryRequest): Promise<TagCategory>;
  updateTagCategory(
    id: string,
    request: Partial<TagCategoryRequest>,
  ): Promise<TagCategory>;
  deleteTagCategory(id: string): Promise<void>;
  listTags(): Promise<Tag[]>;
  createTag(request: TagRequest): Promise<Tag>;
  updateTag(id: string, request: Partial<TagRequest>): Promise<Tag>;
  deleteTag(id: string): Promise<void>;
  listTagViolations(): Promise<T.TagViolation[]>;

  listGlossaryTerms(query: T.GlossaryListQuery): Promise<GlossaryTerm[]>;
  getGlossaryTerm(id: string): Promise<T.GlossaryTermDetail>;
  createGlossaryTerm(request: GlossaryTermRequest): Promise<GlossaryTerm>;
  updateGlossaryTerm(
    id: string,
    request: Partial<GlossaryTermRequest>,
  ): Promise<GlossaryTerm>;
  transitionGlossaryTerm(
    id: string,
    request: GlossaryTransitionRequest,
  ): Promise<GlossaryTerm>;
  linkGlossaryTerm(id: string, link: T.GlossaryLink): Promise<void>;
  unlinkGlossaryTerm(id: string, link: T.GlossaryLink): Promise<void>;

  listDiscussions(entityRef: string): Promise<DiscussionThread[]>;
  createDiscussion(
    entityRef: string,
    request: T.NewDiscussion,
  ): Promise<DiscussionThread>;
  replyToDiscussion(threadId: string, body: string): Promise<void>;
  setDiscussionResolved(threadId: string, resolved: boolean): Promise<void>;
  deleteDiscussion(threadId: string): Promise<void>;

  setFavorite(entityRef: string, favorite: boolean): Promise<void>;
  listActivity(query: {
    entityRef?: string;
    limit?: number;
  }): Promise<ActivityEntry[]>;
}

/** The catalog's own search and the lineage graph. */
export interface DataCatalogSearchApi {
  search(request: T.SearchRequest): Promise<SearchResponse>;
  autocomplete(q: string): Promise<AutocompleteSuggestion[]>;
  listRecentSearches(): Promise<SavedSearch[]>;
  listSavedSearches(): Promise<SavedSearch[]>;
  saveSearch(request: T.SaveSearchRequest): Promise<SavedSearch>;
  deleteSavedSearch(id: string): Promise<void>;
  getLineage(entityRef: string, column?: string): Promise<LineageNeighbours>;
}

/** The `/api/data-catalog` REST API as the UI uses it. */
export interface DataCatalogApi
  extends DataCatalogSourcesApi,
    DataCatalogAssetsApi,
    DataCatalogGovernanceApi,
    DataCatalogSearchApi {}

export const dataCatalogApiRef = createApiRef<DataCatalogApi>().with({
  id: 'plugin.data-catalog.api',
  pluginId: 'data-catalog',
});
