import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { ButtonLink } from '@backstage/ui';
import { FINAL_STATES } from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  ListTable,
  Panel,
  usePolling,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { runColumns } from '../RunsPage/runColumns';
import { useLinks } from '../workspace/useLinks';
import { useWorkspace } from '../workspace/WorkspaceContext';

/** The workspace's latest runs, refreshed while any of them is active. */
export function RecentRuns() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const links = useLinks();
  const runs = useAsyncRetry(
    () => api.listRuns(workspace, { limit: 8 }),
    [api, workspace],
  );
  const active = (runs.value?.items ?? []).some(
    run => !FINAL_STATES.includes(run.state),
  );
  usePolling(active, runs.retry, 3000);
  return (
    <Panel
      title="Recent runs"
      actions={
        <ButtonLink href={links.runs} variant="secondary" size="small">
          All runs
        </ButtonLink>
      }
    >
      <AsyncView result={runs}>
        {page => (
          <ListTable
            columns={runColumns(links)}
            rows={page.items}
            empty="No runs yet: open a pipeline and press Run."
          />
        )}
      </AsyncView>
    </Panel>
  );
}
