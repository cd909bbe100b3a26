import { LoggerService } from '@backstage/backend-plugin-api';
import {
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import {
  dataCatalogAnnotations,
  EntityFeedEntry,
} from '@internal/plugin-data-catalog-common';
import { EntityFeedClient } from './EntityFeedClient';

/** The feed cursor this provider acknowledges under. */
export const FEED_CONSUMER = 'catalog';
const PAGE_SIZE = 1000;

type FeedReader = Pick<EntityFeedClient, 'read' | 'cursor' | 'ack'>;

/** One page of the feed as a catalog delta. */
export function toDelta(entries: EntityFeedEntry[]): EntityProviderMutation {
  const added: DeferredEntity[] = [];
  const removed: { entityRef: string }[] = [];
  for (const entry of entries) {
    if (entry.op === 'upsert') {
      const sourceId =
        entry.entity.metadata.annotations?.[dataCatalogAnnotations.source] ??
        entry.entity.metadata.namespace;
      added.push({
        entity: entry.entity,
        locationKey: `data-catalog:${sourceId}`,
      });
    } else {
      // The catalog keys entities by their lower-cased ref.
      removed.push({ entityRef: entry.entityRef.toLocaleLowerCase('en-US') });
    }
  }
  return { type: 'delta', added, removed };
}

/**
 * Data assets in the catalog as deltas: reads the data-catalog's entity
 * feed from its acknowledged cursor to the head, applies each page, then
 * acknowledges it. Runs on the `entities-changed` event and on a schedule,
 * so a missed event only delays.
 */
export class DataCatalogEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private running?: Promise<void>;
  private again = false;

  constructor(
    private readonly options: { feed: FeedReader; logger: LoggerService },
  ) {}

  getProviderName(): string {
    return 'data-catalog';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
  }

  /** Reads to the head; calls while a read runs fold into one more pass. */
  async refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.readToHead();
        } while (this.again);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private async readToHead(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    const { feed, logger } = this.options;
    let after = await feed.cursor(FEED_CONSUMER);
    for (;;) {
      const page = await feed.read(after, PAGE_SIZE);
      const next =
        page.lastSeq ?? page.entries[page.entries.length - 1]?.seq ?? after;
      if (next <= after) return;
      if (page.entries.length > 0) {
        await connection.applyMutation(toDelta(page.entries));
      }
      await feed.ack(FEED_CONSUMER, next);
      logger.debug(
        `Applied data-catalog feed ${after + 1}..${next} (${
          page.entries.length
        } entries)`,
      );
      after = next;
      if (after >= page.headSeq) return;
    }
  }
}
