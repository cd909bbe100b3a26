import { DecisionRecord } from './decision';

/** An admin change (or another plugin's auditor event): who changed what. */
export type ChangeRecord = {
  id: string;
  time: string;
  actor: string;
  /** `authz.policy.update`, `catalog.entity-mutate`, ... */
  action: string;
  targetKind: string;
  targetRef: string;
  result: 'succeeded' | 'failed';
  before?: unknown;
  after?: unknown;
  /** The plugin that reported it. */
  pluginId: string;
};

/** One line of the audit log: a decision or a change. */
export type AuditEntry =
  | ({ kind: 'decision' } & DecisionRecord)
  | ({ kind: 'change' } & ChangeRecord);

export type AuditStats = {
  total: number;
  decisions: number;
  changes: number;
  allowed: number;
  denied: number;
  conditional: number;
  /** Decisions per bucket, oldest first, for the trend chart. */
  trend: Array<{
    bucketStart: string;
    allowed: number;
    denied: number;
    conditional: number;
  }>;
};

export type AuditSettings = {
  /** Entries older than this are deleted by the retention task. */
  retentionDays: number;
};
