import { ButtonLink } from '@backstage/ui';
import { AsyncView, ListTable, Panel } from '@internal/portal-react';
import { runColumns } from '../RunsPage/runColumns';
import { useLiveRuns } from '../RunsPage/useLiveRuns';
import { useLinks } from '../workspace/useLinks';
import { useWorkspace } from '../workspace/WorkspaceContext';

/** The workspace's latest runs, kept current by its run stream. */
export function RecentRuns() {
  const workspace = useWorkspace();
  const links = useLinks();
  const { result: runs } = useLiveRuns(workspace, { limit: 8 });
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
