import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  AssignTagsRequest,
  CreateSourceRequest,
  GlossaryTermRequest,
  GlossaryTransitionRequest,
  ListTablesQuery,
  TagCategoryRequest,
  TagRequest,
  UpdateSourceRequest,
} from '@internal/plugin-data-catalog-common';
import type { DataCatalogApi } from './DataCatalogApi';
import type * as T from './types';
import { type QueryParams, queryString } from '@internal/portal-react';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Out<K extends keyof DataCatalogApi> = Awaited<
  ReturnType<DataCatalogApi[K]>
>;
type Item<K extends keyof DataCatalogApi> = Out<K> extends (infer V)[]
  ? V
  : never;

const enc = encodeURIComponent;

/** `/tables/<namespace>/<name>` of a table's entity ref. */
export function tablePath(entityRef: string): string {
  const { namespace, name } = parseEntityRef(entityRef);
  return `/tables/${enc(namespace)}/${enc(name)}`;
}

/**
 * The data-catalog backend over HTTP with the signed-in user's token.
 * Every URL of the API is written here, and nowhere else.
 */
export class DataCatalogClient implements DataCatalogApi {
  readonly #discovery: DiscoveryApi;
  readonly #fetch: FetchApi;

  constructor(deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#discovery = deps.discoveryApi;
    this.#fetch = deps.fetchApi;
  }

  async #call(method: Method, path: string, query?: QueryParams, body?: {}) {
    const base = await this.#discovery.getBaseUrl('data-catalog');
    const response = await this.#fetch.fetch(
      `${base}${path}${queryString(query, 'repeat')}`,
      {
        method,
        headers: body ? { 'Content-Type': 'application/json' } : undefined,
        body: body ? JSON.stringify(body) : undefined,
      },
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }

  async #get<R>(path: string, query?: QueryParams): Promise<R> {
    return (await this.#call('GET', path, query)).json();
  }

  /** Lists some routes return bare, others wrapped as `{ items }`. */
  async #list<V>(path: string, query?: QueryParams): Promise<V[]> {
    const body = await this.#get<V[] | { items: V[] }>(path, query);
    return Array.isArray(body) ? body : body.items;
  }

  async #send<R>(method: Method, path: string, body?: {}): Promise<R> {
    const response = await this.#call(method, path, undefined, body);
    // 204 and 202-without-body answers have nothing to parse.
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as R;
  }

  listSources(query: T.ListSourcesQuery) {
    return this.#get<Out<'listSources'>>('/sources', query);
  }
  getSource(id: string) {
    return this.#get<Out<'getSource'>>(`/sources/${enc(id)}`);
  }
  createSource(request: CreateSourceRequest) {
    return this.#send<Out<'createSource'>>('POST', '/sources', request);
  }
  updateSource(id: string, request: UpdateSourceRequest) {
    return this.#send<Out<'updateSource'>>(
      'PATCH',
      `/sources/${enc(id)}`,
      request,
    );
  }
  deleteSource(id: string) {
    return this.#send<void>('DELETE', `/sources/${enc(id)}`);
  }
  testConnection(request: T.TestConnectionRequest) {
    return this.#send<Out<'testConnection'>>('POST', '/sources/test', request);
  }
  testSource(id: string) {
    return this.#send<Out<'testSource'>>('POST', `/sources/${enc(id)}/test`);
  }
  syncSource(id: string) {
    return this.#send<Out<'syncSource'>>('POST', `/sources/${enc(id)}/sync`);
  }
  listSyncs(sourceId: string, query: T.OffsetQuery) {
    return this.#get<Out<'listSyncs'>>(
      `/sources/${enc(sourceId)}/syncs`,
      query,
    );
  }
  getSync(id: string) {
    return this.#get<Out<'getSync'>>(`/syncs/${enc(id)}`);
  }
  listSourceChanges(sourceId: string, query: T.ListChangesQuery) {
    return this.#get<Out<'listSourceChanges'>>(
      `/sources/${enc(sourceId)}/changes`,
      query,
    );
  }
  listChanges(query: T.ListChangesQuery) {
    return this.#get<Out<'listChanges'>>('/changes', query);
  }
  listPlatforms() {
    return this.#get<string[]>('/platforms');
  }

  listTables(query: Partial<ListTablesQuery>) {
    return this.#get<Out<'listTables'>>('/tables', query);
  }
  getTable(entityRef: string) {
    return this.#get<Out<'getTable'>>(tablePath(entityRef));
  }
  listTableQueries(entityRef: string, query: T.OffsetQuery) {
    return this.#get<Out<'listTableQueries'>>(
      `${tablePath(entityRef)}/queries`,
      query,
    );
  }
  listTableChanges(entityRef: string, query: T.OffsetQuery) {
    return this.#get<Out<'listTableChanges'>>(
      `${tablePath(entityRef)}/changes`,
      query,
    );
  }
  recordView(entityRef: string) {
    return this.#send<void>('POST', `${tablePath(entityRef)}/views`);
  }
  profileTable(entityRef: string) {
    return this.#send<void>('POST', `${tablePath(entityRef)}/profile`);
  }
  getDashboard() {
    return this.#get<Out<'getDashboard'>>('/dashboard');
  }

  updateDocs(entityRef: string, request: T.UpdateDocsRequest) {
    return this.#send<void>('PATCH', `${tablePath(entityRef)}/docs`, request);
  }
  getDocHistory(entityRef: string, column?: string) {
    return this.#list<Item<'getDocHistory'>>(
      `${tablePath(entityRef)}/docs/history`,
      { column },
    );
  }
  assignTags(entityRef: string, request: AssignTagsRequest) {
    return this.#send<void>('POST', `${tablePath(entityRef)}/tags`, request);
  }

  listTagCategories() {
    return this.#list<Item<'listTagCategories'>>('/tag-categories');
  }
  createTagCategory(request: TagCategoryRequest) {
    return this.#send<Out<'createTagCategory'>>(
      'POST',
      '/tag-categories',
      request,
    );
  }
  updateTagCategory(id: string, request: Partial<TagCategoryRequest>) {
    return this.#send<Out<'updateTagCategory'>>(
      'PATCH',
      `/tag-categories/${enc(id)}`,
      request,
    );
  }
  deleteTagCategory(id: string) {
    return this.#send<void>('DELETE', `/tag-categories/${enc(id)}`);
  }
  listTags() {
    return this.#list<Item<'listTags'>>('/tags');
  }
  createTag(request: TagRequest) {
    return this.#send<Out<'createTag'>>('POST', '/tags', request);
  }
  updateTag(id: string, request: Partial<TagRequest>) {
    return this.#send<Out<'updateTag'>>('PATCH', `/tags/${enc(id)}`, request);
  }
  deleteTag(id: string) {
    return this.#send<void>('DELETE', `/tags/${enc(id)}`);
  }
  listTagViolations() {
    return this.#list<Item<'listTagViolations'>>('/tags/violations');
  }

  listGlossaryTerms(query: T.GlossaryListQuery) {
    return this.#list<Item<'listGlossaryTerms'>>('/glossary/terms', query);
  }
  getGlossaryTerm(id: string) {
    return this.#get<Out<'getGlossaryTerm'>>(`/glossary/terms/${enc(id)}`);
  }
  createGlossaryTerm(request: GlossaryTermRequest) {
    return this.#send<Out<'createGlossaryTerm'>>(
      'POST',
      '/glossary/terms',
      request,
    );
  }
  updateGlossaryTerm(id: string, request: Partial<GlossaryTermRequest>) {
    return this.#send<Out<'updateGlossaryTerm'>>(
      'PATCH',
      `/glossary/terms/${enc(id)}`,
      request,
    );
  }
  transitionGlossaryTerm(id: string, request: GlossaryTransitionRequest) {
    return this.#send<Out<'transitionGlossaryTerm'>>(
      'POST',
      `/glossary/terms/${enc(id)}/transitions`,
      request,
    );
  }
  linkGlossaryTerm(id: string, link: T.GlossaryLink) {
    return this.#send<void>('POST', `/glossary/terms/${enc(id)}/links`, link);
  }
  unlinkGlossaryTerm(id: string, link: T.GlossaryLink) {
    return this.#send<void>('DELETE', `/glossary/terms/${enc(id)}/links`, link);
  }

  listDiscussions(entityRef: string) {
    return this.#list<Item<'listDiscussions'>>(
      `${tablePath(entityRef)}/discussions`,
    );
  }
  createDiscussion(entityRef: string, request: T.NewDiscussion) {
    return this.#send<Out<'createDiscussion'>>(
      'POST',
      `${tablePath(entityRef)}/discussions`,
      request,
    );
  }
  replyToDiscussion(threadId: string, body: string) {
    return this.#send<void>('POST', `/discussions/${enc(threadId)}/replies`, {
      body,
    });
  }
  setDiscussionResolved(threadId: string, resolved: boolean) {
    return this.#send<void>('PATCH', `/discussions/${enc(threadId)}`, {
      resolved,
    });
  }
  deleteDiscussion(threadId: string) {
    return this.#send<void>('DELETE', `/discussions/${enc(threadId)}`);
  }

  setFavorite(entityRef: string, favorite: boolean) {
    const { namespace, name } = parseEntityRef(entityRef);
    const path = `/favorites/${enc(namespace)}/${enc(name)}`;
    return this.#send<void>(favorite ? 'PUT' : 'DELETE', path);
  }
  listActivity(query: { entityRef?: string; limit?: number }) {
    return this.#list<Item<'listActivity'>>('/activity', query);
  }

  search(request: T.SearchRequest) {
    return this.#get<Out<'search'>>('/search', request);
  }
  autocomplete(q: string) {
    return this.#list<Item<'autocomplete'>>('/search/autocomplete', { q });
  }
  listRecentSearches() {
    return this.#list<Item<'listRecentSearches'>>('/search/recent');
  }
  listSavedSearches() {
    return this.#list<Item<'listSavedSearches'>>('/search/saved');
  }
  saveSearch(request: T.SaveSearchRequest) {
    return this.#send<Out<'saveSearch'>>('POST', '/search/saved', request);
  }
  deleteSavedSearch(id: string) {
    return this.#send<void>('DELETE', `/search/saved/${enc(id)}`);
  }
  getLineage(entityRef: string, column?: string) {
    return this.#get<Out<'getLineage'>>('/lineage', { entityRef, column });
  }
}
