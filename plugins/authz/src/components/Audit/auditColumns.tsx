import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { AuditEntry } from '@internal/plugin-authz-common';
import { ResultBadge } from '../shared/ResultBadge';
import { StatusChip } from '../shared/StatusChip';
import { formatTime } from '../shared/time';

export type AuditRow = AuditEntry & { isNew?: boolean };

/** Who, what and on what, whichever kind of entry it is. */
export function describeEntry(entry: AuditEntry) {
  return entry.kind === 'decision'
    ? {
        who: entry.principal,
        what: entry.permission,
        target: entry.resourceRef ?? entry.resourceType ?? '—',
      }
    : { who: entry.actor, what: entry.action, target: entry.targetRef };
}

export const auditColumns: ColumnConfig<AuditRow>[] = [
  {
    id: 'time',
    label: 'Time',
    cell: entry => (
      <CellText
        title={formatTime(entry.time)}
        description={entry.isNew ? 'new' : undefined}
      />
    ),
  },
  { id: 'kind', label: 'Kind', cell: entry => <CellText title={entry.kind} /> },
  {
    id: 'who',
    label: 'Principal',
    isRowHeader: true,
    cell: entry => <CellText title={describeEntry(entry).who} />,
  },
  {
    id: 'what',
    label: 'Permission / action',
    cell: entry => <CellText title={describeEntry(entry).what} />,
  },
  {
    id: 'target',
    label: 'Resource',
    cell: entry => <CellText title={describeEntry(entry).target} />,
  },
  {
    id: 'result',
    label: 'Result',
    cell: entry => (
      <Cell>
        {entry.kind === 'decision' ? (
          <ResultBadge result={entry.result} />
        ) : (
          <StatusChip
            tone={entry.result === 'succeeded' ? 'ok' : 'error'}
            label={entry.result}
          />
        )}
      </Cell>
    ),
  },
];
