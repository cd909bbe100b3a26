import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import {
  DATA_CATALOG_SEARCH_TYPE,
  DataCatalogSearchDocument,
  dataCatalogTableReadPermission,
  SearchDocumentsPage,
} from '@internal/plugin-data-catalog-common';
import { Readable } from 'node:stream';

/**
 * A table, view, column, glossary term or tag in Backstage search. Tables
 * and columns carry `authorization.resourceRef` (the table's ref), so the
 * search backend shows them only to who may read the table.
 */
export type DataCatalogDocument = IndexableDocument & DataCatalogSearchDocument;

export type DataCatalogCollatorOptions = {
  auth: AuthService;
  discovery: DiscoveryService;
  logger: LoggerService;
  /** Documents per request to the data-catalog backend (≤ 1000). */
  batchSize?: number;
};

/**
 * Reads every search document of the data-catalog backend
 * (`GET /api/data-catalog/search/documents`, paged by key) with the
 * search plugin's own service token.
 */
export class DataCatalogCollatorFactory implements DocumentCollatorFactory {
  readonly type = DATA_CATALOG_SEARCH_TYPE;
  readonly visibilityPermission = dataCatalogTableReadPermission;

  constructor(private readonly options: DataCatalogCollatorOptions) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  private async *execute(): AsyncGenerator<DataCatalogDocument> {
    const { auth, discovery, logger } = this.options;
    const baseUrl = await discovery.getBaseUrl('data-catalog');
    let after: string | undefined;
    let count = 0;
    do {
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'data-catalog',
      });
      const url = new URL(`${baseUrl}/search/documents`);
      url.searchParams.set('limit', String(this.options.batchSize ?? 500));
      if (after) url.searchParams.set('after', after);
      const response = await fetch(url, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (!response.ok) throw await ResponseError.fromResponse(response);
      const page = (await response.json()) as SearchDocumentsPage;
      count += page.items.length;
      yield* page.items;
      after = page.nextAfter;
    } while (after);
    logger.info(`Collated ${count} data-catalog documents`);
  }
}
