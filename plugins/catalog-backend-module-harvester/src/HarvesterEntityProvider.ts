import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  HARVESTER_ANNOTATIONS,
  harvesterVmEntityRef,
  MAX_CHANGED_VMS,
  parseHarvesterRef,
} from '@internal/plugin-harvester-common';
import { HarvesterEntitiesClient } from './HarvesterEntitiesClient';

type EntitiesReader = Pick<HarvesterEntitiesClient, 'read' | 'readVms'>;

const vmRefOf = (entity: Entity) =>
  entity.metadata.annotations?.[HARVESTER_ANNOTATIONS.vm];

const clusterOfVm = (entity: Entity) => {
  const ref = vmRefOf(entity);
  return ref ? parseHarvesterRef(ref).cluster : undefined;
};

const deferred = (entity: Entity): DeferredEntity => ({
  entity,
  locationKey:
    entity.metadata.annotations?.['backstage.io/managed-by-location'] ??
    'harvester',
});

/**
 * Harvester clusters and VMs in the catalog. A full read of the harvester
 * backend's `/entities` replaces everything this provider gave before (a
 * full mutation); VM changes named by an event are read alone and applied
 * as a delta. A failed read changes nothing, and the VMs of a cluster the
 * backend cannot read now are kept, so an outage never empties the catalog.
 */
export class HarvesterEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  /** What the catalog has from this provider, by entity ref. */
  private applied = new Map<string, Entity>();
  /** Reads run one at a time, in the order asked for. */
  private tail: Promise<void> = Promise.resolve();
  private queuedRead?: Promise<void>;
  private queuedDelta?: Promise<void>;
  private readonly changedVms = new Set<string>();

  constructor(
    private readonly options: { client: EntitiesReader; logger: LoggerService },
  ) {}

  getProviderName(): string {
    return 'harvester';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
  }

  /** A full read; calls while one waits share it. */
  refresh(): Promise<void> {
    this.queuedRead ??= this.enqueue(() => {
      this.queuedRead = undefined;
      return this.readAll();
    });
    return this.queuedRead;
  }

  /**
   * Updates the entities of these VMs (`<cluster>/<namespace>/<name>`)
   * alone; VMs named while a delta waits join it. More than the backend
   * answers at once make it a full read.
   */
  applyVmChanges(vms: string[]): Promise<void> {
    for (const vm of vms) this.changedVms.add(vm);
    this.queuedDelta ??= this.enqueue(() => {
      this.queuedDelta = undefined;
      const changed = [...this.changedVms];
      this.changedVms.clear();
      if (changed.length > MAX_CHANGED_VMS) return this.readAll();
      return this.readVms(changed);
    });
    return this.queuedDelta;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.tail.catch(() => undefined).then(work);
    this.tail = run;
    return run;
  }

  private async readAll(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    const { client, logger } = this.options;
    const { entities, unavailableClusters } = await client.read();

    const unavailable = new Set(unavailableClusters);
    const fresh = new Set(entities.map(e => stringifyEntityRef(e)));
    const kept = [...this.applied.entries()]
      .filter(([ref, entity]) => {
        const cluster = clusterOfVm(entity);
        return (
          cluster !== undefined && unavailable.has(cluster) && !fresh.has(ref)
        );
      })
      .map(([, entity]) => entity);
    const all = [...entities, ...kept];
    await connection.applyMutation({
      type: 'full',
      entities: all.map(deferred),
    });
    this.applied = new Map(all.map(e => [stringifyEntityRef(e), e]));
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

  /**
   * A delta for the VMs named: those the backend gives are added (or
   * updated), those it does not have are removed, except in clusters it
   * cannot read now.
   */
  private async readVms(vms: string[]): Promise<void> {
    const connection = this.connection;
    if (!connection || vms.length === 0) return;
    const { client, logger } = this.options;
    const { entities, unavailableClusters } = await client.readVms(vms);

    const unavailable = new Set(unavailableClusters);
    const found = new Set(entities.map(vmRefOf));
    const removed = vms
      .filter(vm => !found.has(vm))
      .map(parseHarvesterRef)
      .filter(ref => !unavailable.has(ref.cluster))
      .map(ref => harvesterVmEntityRef(ref));
    await connection.applyMutation({
      type: 'delta',
      added: entities.map(deferred),
      removed: removed.map(entityRef => ({ entityRef })),
    });
    for (const entity of entities) {
      this.applied.set(stringifyEntityRef(entity), entity);
    }
    for (const entityRef of removed) this.applied.delete(entityRef);
    logger.debug(
      `Applied ${entities.length} changed Harvester VM entities, removed ${removed.length}`,
    );
  }
}
