import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { AiOpsEntitiesClient } from './AiOpsEntitiesClient';

const locationKeyOf = (entity: Entity) =>
  entity.metadata.annotations?.['backstage.io/managed-by-location'] ?? 'ai-ops';

/**
 * AI-Ops pipelines and datasets in the catalog. Each read of the ai-ops
 * backend's `/entities` replaces everything this provider gave before (a
 * full mutation), so deleted pipelines and datasets leave the catalog; a
 * failed read changes nothing. Reads run one at a time, and refreshes asked
 * for while one waits share it.
 */
export class AiOpsEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private tail: Promise<void> = Promise.resolve();
  private queued?: Promise<void>;

  constructor(
    private readonly options: {
      client: Pick<AiOpsEntitiesClient, 'read'>;
      logger: LoggerService;
    },
  ) {}

  getProviderName(): string {
    return 'ai-ops';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
  }

  refresh(): Promise<void> {
    this.queued ??= this.tail
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.readAll();
      });
    this.tail = this.queued;
    return this.queued;
  }

  private async readAll(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    const entities = await this.options.client.read();
    await connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: locationKeyOf(entity),
      })),
    });
    this.options.logger.debug(`Applied ${entities.length} AI-Ops entities`);
  }
}
