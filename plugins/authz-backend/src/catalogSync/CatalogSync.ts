import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { changeOf, PapWriter, pluginActor } from '../database';
import { applyCatalogOrg, CatalogSyncCounts } from './applyCatalogOrg';
import { catalogOrgFromEntities } from './catalogOrg';

/**
 * Mirrors the catalog's Users and Groups into the PAP tables. The catalog is
 * read completely before anything is written, so a failed read changes
 * nothing; the write is one transaction.
 */
export class CatalogSync {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      writer: PapWriter;
      logger: LoggerService;
    },
  ) {}

  async run(): Promise<CatalogSyncCounts> {
    const entities = await this.readOrg();
    // An empty answer is more likely a catalog still starting than an org
    // without people: take it as nothing to add rather than all to remove.
    const deleteMissing = entities.length > 0;
    if (!deleteMissing) {
      this.deps.logger.warn(
        'Catalog sync: the catalog has no Users or Groups; removing nothing',
      );
    }
    const org = catalogOrgFromEntities(entities);
    const counts = await this.deps.writer.write(
      pluginActor,
      async (trx, record) => {
        const result = await applyCatalogOrg(trx, org, { deleteMissing });
        if (hasChanges(result)) {
          await record({
            ...changeOf('catalog', 'sync', 'catalog'),
            after: result,
          });
        }
        return result;
      },
    );
    this.deps.logger.info(`Catalog sync: ${JSON.stringify(counts)}`);
    return counts;
  }

  private async readOrg(): Promise<Entity[]> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const entities: Entity[] = [];
    for await (const page of this.deps.catalog.streamEntities(
      { filter: { kind: ['User', 'Group'] } },
      { credentials },
    )) {
      entities.push(...page);
    }
    return entities;
  }
}

function hasChanges(counts: CatalogSyncCounts): boolean {
  return Object.values(counts).some(part =>
    Object.values(part).some(value => value > 0),
  );
}
