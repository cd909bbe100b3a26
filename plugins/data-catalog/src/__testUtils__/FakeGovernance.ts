import { ConflictError, InputError } from '@backstage/errors';
import type {
  AssetDoc,
  AssignTagsRequest,
  DataAssetDetail,
  GlossaryStatus,
  GlossaryTermRequest,
  GlossaryTransitionRequest,
  TagCategoryRequest,
  TagRequest,
} from '@internal/plugin-data-catalog-common';
import type { DataCatalogGovernanceApi } from '../api/DataCatalogApi';
import type * as T from '../api/types';
import * as fixtures from './fixtures';
import { clone, findOr404 } from './fakeHelpers';
import { FakeAssets } from './FakeAssets';

const transitions: Record<string, [GlossaryStatus[], GlossaryStatus]> = {
  submit: [['draft', 'rejected'], 'in-review'],
  approve: [['in-review'], 'approved'],
  reject: [['in-review'], 'rejected'],
  deprecate: [['approved'], 'deprecated'],
  reopen: [['approved', 'deprecated', 'rejected'], 'draft'],
};

/**
 * Documentation, tags, glossary and discussions (see FakeDataCatalogApi).
 * `tagPolicyError` makes the next tag assignment fail like the server's
 * policy check does.
 */
export class FakeGovernance
  extends FakeAssets
  implements DataCatalogGovernanceApi
{
  tagCategories = clone(fixtures.tagCategories);
  tagList = clone(fixtures.tags);
  violations = clone(fixtures.tagViolations);
  terms = clone(fixtures.glossaryTerms);
  termHistory = clone(fixtures.glossaryHistory);
  docHistory = clone(fixtures.docHistory);
  threads = clone(fixtures.discussions);
  activity = clone(fixtures.activity);
  tagPolicyError?: string;

  #detail(entityRef: string): DataAssetDetail {
    return findOr404(this.details, d => d.entityRef === entityRef);
  }

  async updateDocs(entityRef: string, request: T.UpdateDocsRequest) {
    const { column, ...doc } = request;
    const detail = this.#detail(entityRef);
    const target = column
      ? findOr404(detail.columns, c => c.name === column)
      : detail;
    // Like the server: null clears a field, undefined leaves it.
    const merged: Record<string, unknown> = { ...target.doc };
    for (const [field, value] of Object.entries(doc)) {
      if (value === null) delete merged[field];
      else if (value !== undefined) merged[field] = value;
    }
    target.doc = merged as AssetDoc;
  }
  async getDocHistory(entityRef: string, column?: string) {
    return clone(
      this.docHistory.filter(
        entry => entry.entityRef === entityRef && entry.column === column,
      ),
    );
  }
  async assignTags(entityRef: string, request: AssignTagsRequest) {
    if (this.tagPolicyError) throw new InputError(this.tagPolicyError);
    const detail = this.#detail(entityRef);
    const target = request.column
      ? findOr404(detail.columns, c => c.name === request.column)
      : detail;
    const added = this.tagList
      .filter(tag => request.add.includes(tag.name))
      .map(tag => fixtures.assetTag(tag.id));
    target.tags = [
      ...target.tags.filter(tag => !request.remove.includes(tag.name)),
      ...added,
    ];
  }

  async listTagCategories() {
    return clone(this.tagCategories);
  }
  async createTagCategory(request: TagCategoryRequest) {
    const category = { ...request, id: `cat-${request.name}`, tagCount: 0 };
    this.tagCategories.push(category);
    return clone(category);
  }
  async updateTagCategory(id: string, request: Partial<TagCategoryRequest>) {
    const category = findOr404(this.tagCategories, c => c.id === id);
    return clone(Object.assign(category, request));
  }
  async deleteTagCategory(id: string) {
    this.tagCategories = this.tagCategories.filter(c => c.id !== id);
  }
  async listTags() {
    return clone(this.tagList);
  }
  async createTag(request: TagRequest) {
    const category = findOr404(
      this.tagCategories,
      c => c.id === request.categoryId,
    );
    const tag = {
      ...request,
      id: `tag-${request.name}`,
      category: category.name,
      usageCount: 0,
    };
    this.tagList.push(tag);
    return clone(tag);
  }
  async updateTag(id: string, request: Partial<TagRequest>) {
    return clone(
      Object.assign(
        findOr404(this.tagList, t => t.id === id),
        request,
      ),
    );
  }
  async deleteTag(id: string) {
    this.tagList = this.tagList.filter(tag => tag.id !== id);
  }
  async listTagViolations() {
    return clone(this.violations);
  }

  async listGlossaryTerms(query: T.GlossaryListQuery) {
    const q = query.q?.toLocaleLowerCase('en-US') ?? '';
    return clone(
      this.terms.filter(
        term =>
          (!query.status || term.status === query.status) &&
          term.name.toLocaleLowerCase('en-US').includes(q),
      ),
    );
  }
  async getGlossaryTerm(id: string) {
    const term = findOr404(this.terms, t => t.id === id);
    const history = this.termHistory.filter(entry => entry.termId === id);
    return clone({ ...term, history });
  }
  async createGlossaryTerm(request: GlossaryTermRequest) {
    const term = {
      ...fixtures.glossaryTerms[2],
      ...request,
      id: `term-${this.terms.length + 1}`,
      status: 'draft' as const,
      links: [],
    };
    this.terms.push(term);
    return clone(term);
  }
  async updateGlossaryTerm(id: string, request: Partial<GlossaryTermRequest>) {
    const term = findOr404(this.terms, t => t.id === id);
    return clone(Object.assign(term, request));
  }
  async transitionGlossaryTerm(id: string, request: GlossaryTransitionRequest) {
    const term = findOr404(this.terms, t => t.id === id);
    const [from, to] = transitions[request.action];
    if (!from.includes(term.status)) {
      throw new ConflictError(`cannot ${request.action} a ${term.status} term`);
    }
    this.termHistory.push({
      id: `gh-${this.termHistory.length + 1}`,
      termId: id,
      action: request.action,
      fromStatus: term.status,
      toStatus: to,
      actor: 'user:default/tester',
      comment: request.comment,
      at: fixtures.now,
    });
    term.status = to;
    return clone(term);
  }
  async linkGlossaryTerm(id: string, link: T.GlossaryLink) {
    findOr404(this.terms, t => t.id === id).links.push(link);
  }
  async unlinkGlossaryTerm(id: string, link: T.GlossaryLink) {
    const term = findOr404(this.terms, t => t.id === id);
    term.links = term.links.filter(
      l => l.entityRef !== link.entityRef || l.column !== link.column,
    );
  }

  async listDiscussions(entityRef: string) {
    return clone(this.threads.filter(t => t.entityRef === entityRef));
  }
  async createDiscussion(entityRef: string, request: T.NewDiscussion) {
    const thread = {
      ...request,
      id: `thread-${this.threads.length + 1}`,
      entityRef,
      author: 'user:default/tester',
      resolved: false,
      createdAt: fixtures.now,
      replies: [],
    };
    this.threads.push(thread);
    return clone(thread);
  }
  async replyToDiscussion(threadId: string, body: string) {
    const thread = findOr404(this.threads, t => t.id === threadId);
    thread.replies.push({
      id: `reply-${thread.replies.length + 10}`,
      threadId,
      body,
      author: 'user:default/tester',
      createdAt: fixtures.now,
    });
  }
  async setDiscussionResolved(threadId: string, resolved: boolean) {
    findOr404(this.threads, t => t.id === threadId).resolved = resolved;
  }
  async deleteDiscussion(threadId: string) {
    this.threads = this.threads.filter(t => t.id !== threadId);
  }

  async setFavorite(entityRef: string, favorite: boolean) {
    this.#detail(entityRef).trust.favorite = favorite;
  }
  async listActivity(query: { entityRef?: string; limit?: number }) {
    return clone(
      this.activity
        .filter(
          entry => !query.entityRef || entry.entityRef === query.entityRef,
        )
        .slice(0, query.limit ?? 20),
    );
  }
}
