import { ChangeRecord } from '@internal/plugin-authz-common';
import { Knex } from 'knex';

/** What a change is recorded with; id and time are the recorder's. */
export type ChangeInput = Omit<ChangeRecord, 'id' | 'time'>;

/**
 * Records admin changes in the same transaction as the change itself, so the
 * audit trail and the model never disagree.
 */
export interface ChangeRecorder {
  recordChange(trx: Knex.Transaction, change: ChangeInput): Promise<void>;
}
