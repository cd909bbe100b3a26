import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button } from '@backstage/ui';
import {
  AsyncView,
  EmptyText,
  ErrorNote,
  Panel,
  useMutation,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { ValidationReportView } from './ValidationReportView';

/**
 * The newest validation report of a version; "Validate" computes a new
 * one on the data (against the version before as baseline, when any).
 */
export function ValidationPanel(props: {
  workspace: string;
  dataset: string;
  version: number;
}) {
  const api = useApi(aiOpsApiRef);
  const { workspace, dataset, version } = props;
  const reports = useAsyncRetry(
    () => api.listValidationReports(workspace, dataset, version),
    [api, workspace, dataset, version],
  );
  const validate = useMutation();
  const run = async () => {
    const done = await validate.run(
      () =>
        api.validateDatasetVersion(workspace, dataset, version, {
          baselineVersion: version > 1 ? version - 1 : undefined,
        }),
      report => `Validation: ${report.status}`,
    );
    if (done) reports.retry();
  };
  return (
    <Panel
      title={`Validation of v${version}`}
      subtitle="missing values, duplicates, ranges, distribution"
      actions={
        <Button variant="secondary" isPending={validate.pending} onPress={run}>
          Validate
        </Button>
      }
    >
      <ErrorNote message={validate.error} />
      <AsyncView result={reports}>
        {page =>
          page.items[0] ? (
            <ValidationReportView report={page.items[0]} />
          ) : (
            <EmptyText>Not validated yet.</EmptyText>
          )
        }
      </AsyncView>
    </Panel>
  );
}
