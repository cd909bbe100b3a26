import { Entity } from '@backstage/catalog-model';

/**
 * The change feed the catalog module reads: each entry is an entity to
 * upsert or a ref to remove, in `seq` order, so the catalog gets deltas.
 */
export type EntityFeedEntry =
  | { seq: number; op: 'upsert'; entityRef: string; entity: Entity }
  | { seq: number; op: 'delete'; entityRef: string };

export type EntityFeedPage = {
  entries: EntityFeedEntry[];
  /** The highest seq in the feed, for the reader to know it is behind. */
  headSeq: number;
  /**
   * The seq of the last row this page read (the next page's `after`); it
   * can be past the last entry when superseded rows were folded away.
   */
  lastSeq?: number;
};
