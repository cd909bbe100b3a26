import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Alert,
  Button,
  Cell,
  CellText,
  ColumnConfig,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
  Table,
  Text,
  TextAreaField,
} from '@backstage/ui';
import { authzApiRef } from '../../api/AuthzApi';
import type { UserImportReport, UserImportRow } from '../../api/types';
import { StatusChip, StatusTone } from '../shared/StatusChip';
import { useAction } from '../shared/useAction';

const header = 'name,displayName,email,department,groups,status';
const tones: Record<UserImportRow['status'], StatusTone> = {
  created: 'ok',
  updated: 'ok',
  skipped: 'off',
  invalid: 'error',
};

type ReportRow = UserImportRow & { id: number };
const reportColumns: ColumnConfig<ReportRow>[] = [
  { id: 'row', label: 'Row', cell: r => <CellText title={String(r.row)} /> },
  {
    id: 'name',
    label: 'Name',
    isRowHeader: true,
    cell: r => <CellText title={r.name} />,
  },
  {
    id: 'status',
    label: 'Result',
    cell: r => (
      <Cell>
        <StatusChip tone={tones[r.status]} label={r.status} />
      </Cell>
    ),
  },
  {
    id: 'message',
    label: 'Message',
    cell: r => <CellText title={r.message} />,
  },
];

/** Imports users from CSV (file or pasted) and shows the per-row report. */
export function CsvImportDialog(props: {
  onClose(): void;
  onImported(): void;
}) {
  const api = useApi(authzApiRef);
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<UserImportReport>();
  const action = useAction();

  const importCsv = async () => {
    const ok = await action.run(async () =>
      setReport(await api.importUsers(csv)),
    );
    if (ok) props.onImported();
  };
  const count = (status: UserImportRow['status']) =>
    report?.rows.filter(row => row.status === status).length ?? 0;

  return (
    <Dialog isOpen onOpenChange={open => !open && props.onClose()} width={760}>
      <DialogHeader>Import users from CSV</DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="3">
          <Text variant="body-small" color="secondary">
            First line: <code>{header}</code>
          </Text>
          <label>
            <Text variant="body-small" weight="bold">
              CSV file{' '}
            </Text>
            <input
              type="file"
              accept=".csv,text/csv"
              aria-label="CSV file"
              onChange={async event => {
                const file = event.target.files?.[0];
                if (file) setCsv(await file.text());
              }}
            />
          </label>
          <TextAreaField
            label="CSV content"
            placeholder={`${header}\nalice.kim,Alice Kim,alice@acme.example,engineering,platform-team,active`}
            rows={8}
            value={csv}
            onChange={setCsv}
          />
          {action.error && <Alert status="danger" icon title={action.error} />}
          {report && (
            <section aria-label="Import report">
              <Flex direction="column" gap="2">
                <Text variant="body-small" weight="bold">
                  {count('created')} created · {count('updated')} updated ·{' '}
                  {count('skipped')} skipped · {count('invalid')} invalid
                </Text>
                <Table
                  columnConfig={reportColumns}
                  data={report.rows.map(row => ({ ...row, id: row.row }))}
                  pagination={{ type: 'none' }}
                />
              </Flex>
            </section>
          )}
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onClose}>
          {report ? 'Close' : 'Cancel'}
        </Button>
        <Button
          isPending={action.pending}
          isDisabled={!csv.trim()}
          onPress={importCsv}
        >
          Import
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
