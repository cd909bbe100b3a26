import { useEffect, useMemo, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useDebounce from 'react-use/esm/useDebounce';
import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Button, Flex, Table } from '@backstage/ui';
import type { AuditEntry } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { describeError } from '../shared/describeError';
import { downloadBlob } from '../shared/downloadBlob';
import { ListWithDetail } from '../shared/ListWithDetail';
import { Loadable } from '../shared/Loadable';
import { SectionCard } from '../shared/SectionCard';
import { useAction } from '../shared/useAction';
import { AuditEntryPanel } from './AuditEntryPanel';
import {
  AuditFilters,
  initialAuditFilter,
  toAuditFilter,
} from './AuditFilters';
import { AuditStatsBar } from './AuditStatsBar';
import { LiveIndicator } from './LiveIndicator';
import { RetentionSetting } from './RetentionSetting';
import { AuditRow, auditColumns } from './auditColumns';
import { useAuditStream } from './useAuditStream';

const exportFormats = ['csv', 'json'] as const;

/**
 * The audit log: totals, filters, the paged entries with live ones
 * prepended as they happen, one entry's raw JSON, export and retention.
 */
export function AuditPage() {
  const api = useApi(authzApiRef);
  const [form, setForm] = useState(initialAuditFilter);
  const [typed, setTyped] = useState(initialAuditFilter);
  useDebounce(() => setTyped(form), 300, [form]);
  const filter = useMemo(() => toAuditFilter(typed), [typed]);
  const [paused, setPaused] = useState(false);
  const live = useAuditStream(filter, paused);
  const [offset, setOffset] = useState(0);
  const [pageSize, setPageSize] = useState(50);
  const [open, setOpen] = useState<AuditEntry>();
  const exporting = useAction();
  useEffect(() => setOffset(0), [filter]);

  const entries = useAsyncRetry(
    () => api.listAuditEntries({ ...filter, offset, limit: pageSize }),
    [api, filter, offset, pageSize],
  );
  const stats = useAsyncRetry(
    () => api.getAuditStats({ from: filter.from, to: filter.to }),
    [api, filter],
  );

  const exportAs = (format: (typeof exportFormats)[number]) =>
    exporting.run(async () =>
      downloadBlob(
        await api.exportAudit(format, filter),
        `audit-log.${format}`,
      ),
    );

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="center">
        <LiveIndicator
          status={live.status}
          paused={paused}
          onToggle={() => setPaused(p => !p)}
        />
        <Flex gap="2">
          {exportFormats.map(format => (
            <Button
              key={format}
              variant="secondary"
              isPending={exporting.pending}
              onPress={() => exportAs(format)}
            >
              {`Export ${format.toUpperCase()}`}
            </Button>
          ))}
        </Flex>
      </Flex>
      {live.error && (
        <Alert
          status="warning"
          icon
          title={`Live updates: ${describeError(live.error)}`}
        />
      )}
      {exporting.error && (
        <Alert status="danger" icon title={exporting.error} />
      )}
      <Loadable state={stats}>
        {value => <AuditStatsBar stats={value} live={live.entries} />}
      </Loadable>
      <AuditFilters value={form} onChange={setForm} />
      <ListWithDetail
        label="Audit entries"
        detail={
          open && (
            <AuditEntryPanel
              key={open.id}
              entry={open}
              onClose={() => setOpen(undefined)}
            />
          )
        }
      >
        <Loadable state={entries}>
          {page => {
            const liveIds = new Set(live.entries.map(entry => entry.id));
            const rows: AuditRow[] =
              offset === 0
                ? [
                    ...live.entries.map(entry => ({ ...entry, isNew: true })),
                    ...page.items.filter(entry => !liveIds.has(entry.id)),
                  ]
                : page.items;
            return (
              <Table
                columnConfig={auditColumns}
                data={rows}
                rowConfig={{
                  // The raw entry is the server's: without the UI's own flag.
                  onClick: ({ isNew: _isNew, ...entry }: AuditRow) =>
                    setOpen(entry),
                }}
                emptyState="No entries match these filters."
                pagination={{
                  type: 'page',
                  pageSize,
                  offset,
                  totalCount: page.totalCount,
                  hasNextPage: offset + pageSize < page.totalCount,
                  hasPreviousPage: offset > 0,
                  onNextPage: () => setOffset(offset + pageSize),
                  onPreviousPage: () =>
                    setOffset(Math.max(0, offset - pageSize)),
                  onPageSizeChange: size => {
                    setPageSize(size);
                    setOffset(0);
                  },
                  pageSizeOptions: [25, 50, 100],
                }}
              />
            );
          }}
        </Loadable>
      </ListWithDetail>
      <SectionCard title="Retention">
        <RetentionSetting />
      </SectionCard>
    </Flex>
  );
}
