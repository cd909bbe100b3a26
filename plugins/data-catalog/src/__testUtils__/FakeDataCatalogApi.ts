import type { SavedSearch } from '@internal/plugin-data-catalog-common';
import type { DataCatalogApi } from '../api/DataCatalogApi';
import type * as T from '../api/types';
import * as fixtures from './fixtures';
import { clone } from './fakeHelpers';
import { FakeGovernance } from './FakeGovernance';

/**
 * An in-memory DataCatalogApi over the fixtures. Lists filter like the
 * server and changes change its state, so a page that reloads after a
 * change shows the change. Tests spy on its methods to see what the UI
 * sent. The areas are a class chain to keep each file short.
 */
export class FakeDataCatalogApi
  extends FakeGovernance
  implements DataCatalogApi
{
  searchResponse = clone(fixtures.searchResponse);
  suggestions = clone(fixtures.suggestions);
  saved = clone(fixtures.savedSearches);
  recent = clone(fixtures.recentSearches);
  lineage = clone(fixtures.lineage);

  async search(_request: T.SearchRequest) {
    return clone(this.searchResponse);
  }
  async autocomplete(q: string) {
    const prefix = q.toLocaleLowerCase('en-US');
    return clone(
      this.suggestions.filter(s =>
        s.label.toLocaleLowerCase('en-US').startsWith(prefix),
      ),
    );
  }
  async listRecentSearches() {
    return clone(this.recent);
  }
  async listSavedSearches() {
    return clone(this.saved);
  }
  async saveSearch(request: T.SaveSearchRequest) {
    const saved: SavedSearch = {
      ...request,
      id: `saved-${this.saved.length + 1}`,
      favorite: true,
      lastUsedAt: fixtures.now,
    };
    this.saved.push(saved);
    return clone(saved);
  }
  async deleteSavedSearch(id: string) {
    this.saved = this.saved.filter(search => search.id !== id);
  }
  async getLineage(entityRef: string, column?: string) {
    return clone({ ...this.lineage, node: { entityRef, column } });
  }
}
