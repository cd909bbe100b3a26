import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Text, TextAreaField } from '@backstage/ui';
import { authzApiRef } from '../../api/AuthzApi';
import type { UserImportReport } from '../../api/types';
import { FormDialog } from '../shared/FormDialog';
import { useAction } from '../shared/useAction';
import { ImportReportSection } from './ImportReportSection';

const header = 'name,displayName,email,department,groups,status';

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

  return (
    <FormDialog
      title="Import users from CSV"
      width={760}
      action={action}
      submit={{ label: 'Import', isDisabled: !csv.trim(), onPress: importCsv }}
      closeLabel={report ? 'Close' : 'Cancel'}
      result={report && <ImportReportSection report={report} />}
      onClose={props.onClose}
    >
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
    </FormDialog>
  );
}
