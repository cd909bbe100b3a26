import { NotFoundError } from '@backstage/errors';
import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import { ClusterRegistry } from './ClusterRegistry';
import type { CreateClusterRegistryOptions } from './createClusterRegistry';
import { KubeClusterHandle } from './KubeClusterHandle';
import { readCatalogClusters } from './readCatalogClusters';
import { readConfigClusters } from './readConfigClusters';

type Origin = { label: string; definitions: HarvesterClusterDefinition[] };

/**
 * Clusters from config, the catalog and sources, merged by name (first
 * wins) and brought to life as handles; a refresh keeps what did not change.
 */
export class RefreshingClusterRegistry implements ClusterRegistry {
  private readonly handles = new Map<
    string,
    { handle: KubeClusterHandle; fingerprint: string }
  >();
  /** Last good answers, kept while the catalog or a source fails. */
  private lastCatalog: HarvesterClusterDefinition[] = [];
  private readonly lastFromSources: HarvesterClusterDefinition[][] = [];
  private readonly warned = new Set<string>();
  private refreshing: Promise<void> = Promise.resolve();

  constructor(private readonly options: CreateClusterRegistryOptions) {}

  list(): KubeClusterHandle[] {
    return [...this.handles.values()].map(h => h.handle);
  }

  get(name: string): KubeClusterHandle {
    const entry = this.handles.get(name);
    if (!entry) throw new NotFoundError(`No Harvester cluster named '${name}'`);
    return entry.handle;
  }

  refresh(): Promise<void> {
    // One refresh at a time: the scheduled one and a manual one may meet.
    // A failed refresh (reported to its caller) must not block later ones.
    this.refreshing = this.refreshing
      .catch(() => undefined)
      .then(() => this.refreshNow());
    return this.refreshing;
  }

  stop(): void {
    for (const { handle } of this.handles.values()) handle.stop();
    this.handles.clear();
  }

  private async refreshNow(): Promise<void> {
    const { config, logger, sources } = this.options;
    const origins: Origin[] = [
      { label: 'config', definitions: readConfigClusters(config) },
      { label: 'the catalog', definitions: await this.readCatalog() },
      ...(await Promise.all(
        sources.map(async (source, index) => {
          try {
            this.lastFromSources[index] = await source.getClusters();
          } catch (error) {
            logger.warn(
              `Harvester cluster source #${
                index + 1
              } failed; keeping its last clusters`,
              error as Error,
            );
          }
          return {
            label: `cluster source #${index + 1}`,
            definitions: this.lastFromSources[index] ?? [],
          };
        }),
      )),
    ];
    this.apply(this.merge(origins));
  }

  private async readCatalog(): Promise<HarvesterClusterDefinition[]> {
    const { catalog, auth, config, logger } = this.options;
    try {
      this.lastCatalog = await readCatalogClusters({
        catalog,
        auth,
        config,
        logger,
      });
    } catch (error) {
      logger.warn(
        'Reading Harvester clusters from the catalog failed; keeping the last ones',
        error as Error,
      );
    }
    return this.lastCatalog;
  }

  /** First origin wins a name: config, then the catalog, then sources. */
  private merge(origins: Origin[]): Map<string, HarvesterClusterDefinition> {
    const merged = new Map<string, HarvesterClusterDefinition>();
    const winners = new Map<string, string>();
    for (const { label, definitions } of origins) {
      for (const definition of definitions) {
        const winner = winners.get(definition.name);
        if (!winner) {
          merged.set(definition.name, definition);
          winners.set(definition.name, label);
        } else {
          this.warnOnce(
            `Harvester cluster '${definition.name}' from ${label} is ignored: ${winner} defines it`,
          );
        }
      }
    }
    return merged;
  }

  /** Keeps unchanged clusters (and their caches), rebuilds changed ones. */
  private apply(definitions: Map<string, HarvesterClusterDefinition>) {
    const { logger, config } = this.options;
    const cacheSyncTimeoutMs =
      (config.getOptionalNumber('harvester.cacheSyncTimeoutSeconds') ?? 10) *
      1000;
    for (const [name, { handle }] of this.handles) {
      if (!definitions.has(name)) {
        logger.info(`Harvester cluster '${name}' removed`);
        handle.stop();
        this.handles.delete(name);
      }
    }
    for (const [name, definition] of definitions) {
      const fingerprint = JSON.stringify(definition);
      const current = this.handles.get(name);
      if (current?.fingerprint === fingerprint) continue;
      current?.handle.stop();
      logger.info(
        `Harvester cluster '${name}' ${current ? 'changed' : 'added'} (${
          definition.source
        }, ${definition.url})`,
      );
      this.handles.set(name, {
        handle: new KubeClusterHandle(definition, {
          logger,
          cacheSyncTimeoutMs,
        }),
        fingerprint,
      });
    }
  }

  private warnOnce(message: string) {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.options.logger.warn(message);
  }
}
