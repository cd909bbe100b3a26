import {
  AuditEntry,
  ChangeRecord,
  DecisionRecord,
} from '@internal/plugin-authz-common';
import { orUndefined } from '../database/columnValues';

export const entriesTable = 'authz_audit_entries';

/** A row of `authz_audit_entries`; decisions and changes share columns. */
export type AuditRow = {
  id: string;
  kind: 'decision' | 'change';
  /** bigint: a string on PostgreSQL. */
  time_ms: number | string;
  principal: string;
  permission: string;
  resource_type: string | null;
  resource_ref: string | null;
  result: string;
  reasons: string | null;
  summary: string | null;
  revision: number | string | null;
  latency_ms: number | null;
  engine: string | null;
  before: string | null;
  after: string | null;
  plugin_id: string | null;
};

const toJson = (value: unknown) =>
  value === undefined ? null : JSON.stringify(value);
const fromJson = (value: string | null) =>
  value === null ? undefined : JSON.parse(value);

export function decisionToRow(record: DecisionRecord): AuditRow {
  return {
    id: record.id,
    kind: 'decision',
    time_ms: Date.parse(record.time),
    principal: record.principal,
    permission: record.permission,
    resource_type: record.resourceType ?? null,
    resource_ref: record.resourceRef ?? null,
    result: record.result,
    reasons: JSON.stringify(record.reasons),
    summary: record.summary,
    revision: record.revision,
    latency_ms: record.latencyMs,
    engine: record.engine,
    before: null,
    after: null,
    plugin_id: null,
  };
}

export function changeToRow(record: ChangeRecord): AuditRow {
  return {
    id: record.id,
    kind: 'change',
    time_ms: Date.parse(record.time),
    principal: record.actor,
    permission: record.action,
    resource_type: record.targetKind,
    resource_ref: record.targetRef,
    result: record.result,
    reasons: null,
    summary: null,
    revision: null,
    latency_ms: null,
    engine: null,
    before: toJson(record.before),
    after: toJson(record.after),
    plugin_id: record.pluginId,
  };
}

export function rowToEntry(row: AuditRow): AuditEntry {
  const time = new Date(Number(row.time_ms)).toISOString();
  if (row.kind === 'decision') {
    return {
      kind: 'decision',
      id: row.id,
      time,
      principal: row.principal,
      permission: row.permission,
      resourceType: orUndefined(row.resource_type),
      resourceRef: orUndefined(row.resource_ref),
      result: row.result as DecisionRecord['result'],
      reasons: fromJson(row.reasons) ?? [],
      summary: row.summary ?? '',
      revision: Number(row.revision ?? 0),
      latencyMs: Number(row.latency_ms ?? 0),
      engine: row.engine as DecisionRecord['engine'],
    };
  }
  return {
    kind: 'change',
    id: row.id,
    time,
    actor: row.principal,
    action: row.permission,
    targetKind: row.resource_type ?? '',
    targetRef: row.resource_ref ?? '',
    result: row.result as ChangeRecord['result'],
    before: fromJson(row.before),
    after: fromJson(row.after),
    pluginId: row.plugin_id ?? '',
  };
}
