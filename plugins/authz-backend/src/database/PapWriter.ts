import { Knex } from 'knex';
import { ChangeInput, ChangeRecorder } from '../audit/ChangeRecorder';
import { bumpRevision } from './revision';

/** The actor of changes the plugin makes on its own (seed, catalog sync). */
export const pluginActor = 'plugin:authz';

/** A change as a store describes it; who and the outcome are the writer's. */
export type ChangeDraft = Pick<
  ChangeInput,
  'action' | 'targetKind' | 'targetRef' | 'before' | 'after'
>;

export type RecordChange = (change: ChangeDraft) => Promise<void>;

/** `authz.<kind>.<verb>` on one target, e.g. `authz.role.create`. */
export function changeOf(kind: string, verb: string, targetRef: string) {
  return { action: `authz.${kind}.${verb}`, targetKind: kind, targetRef };
}

/** Called after a transaction that changed something has committed. */
export type CommitListener = (revision: number) => void;

/**
 * Runs every PAP mutation: one transaction that does the work, records each
 * change in the audit trail and moves the revision once, so the model, its
 * audit trail and the PDP's view never disagree.
 */
export class PapWriter {
  private readonly listeners: CommitListener[] = [];

  constructor(readonly knex: Knex, private readonly changes: ChangeRecorder) {}

  /** E.g. publish an event so that every replica's PDP reloads. */
  onCommitted(listener: CommitListener): void {
    this.listeners.push(listener);
  }

  async write<T>(
    actor: string,
    work: (trx: Knex.Transaction, record: RecordChange) => Promise<T>,
  ): Promise<T> {
    let revision: number | undefined;
    const result = await this.knex.transaction(async trx => {
      let recorded = 0;
      const value = await work(trx, async change => {
        recorded += 1;
        await this.changes.recordChange(trx, {
          ...change,
          actor,
          result: 'succeeded',
          pluginId: 'authz',
        });
      });
      if (recorded > 0) {
        revision = await bumpRevision(trx);
      }
      return value;
    });
    if (revision !== undefined) {
      for (const listener of this.listeners) listener(revision);
    }
    return result;
  }
}
