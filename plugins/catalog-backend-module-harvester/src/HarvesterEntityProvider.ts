import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  HARVESTER_ANNOTATIONS,
  parseHarvesterRef,
} from '@internal/plugin-harvester-common';
import { HarvesterEntitiesClient } from './HarvesterEntitiesClient';

type EntitiesReader = Pick<HarvesterEntitiesClient, 'read'>;

const clusterOfVm = (entity: Entity) => {
  const ref = entity.metadata.annotations?.[HARVESTER_ANNOTATIONS.vm];
  return ref ? parseHarvesterRef(ref).cluster : undefined;
};

const locationKeyOf = (entity: Entity) =>
  entity.metadata.annotations?.['backstage.io/managed-by-location'] ??
  'harvester';

/**
 * Harvester clusters and VMs in the catalog: each read of the harvester
 * backend's `/entities` replaces everything this provider gave before (a
 * full mutation). A failed read changes nothing, and the VMs of a cluster
 * the backend cannot read now are kept from the last good read, so an
 * outage never empties the catalog.
 */
export class HarvesterEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private applied: Entity[] = [];
  private latest: Promise<void> = Promise.resolve();
  private queued?: Promise<void>;

  constructor(
    private readonly options: { client: EntitiesReader; logger: LoggerService },
  ) {}

  getProviderName(): string {
    return 'harvester';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
  }

  /** One read at a time; calls during a read share the next one. */
  refresh(): Promise<void> {
    if (!this.queued) {
      this.queued = this.latest
        .catch(() => undefined)
        .then(() => {
          this.queued = undefined;
          return this.readAndApply();
        });
      this.latest = this.queued;
    }
    return this.queued;
  }

  private async readAndApply(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    const { client, logger } = this.options;
    const { entities, unavailableClusters } = await client.read();

    const unavailable = new Set(unavailableClusters);
    const fresh = new Set(entities.map(e => stringifyEntityRef(e)));
    const kept = this.applied.filter(entity => {
      const cluster = clusterOfVm(entity);
      return (
        cluster !== undefined &&
        unavailable.has(cluster) &&
        !fresh.has(stringifyEntityRef(entity))
      );
    });
    const all = [...entities, ...kept];
    await connection.applyMutation({
      type: 'full',
      entities: all.map(entity => ({
        entity,
        locationKey: locationKeyOf(entity),
      })),
    });
    this.applied = all;
    logger.debug(
      `Applied ${all.length} Harvester entities${
        kept.length
          ? `, ${kept.length} kept for unavailable clusters ${[
              ...unavailable,
            ].join(', ')}`
          : ''
      }`,
    );
  }
}
