import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Link, Text } from '@backstage/ui';
import type { LineageRun } from '@internal/plugin-ai-ops-common';
import { AsyncView, Panel } from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useLinks } from '../workspace/useLinks';

function RunLink(props: { run: LineageRun }) {
  const links = useLinks();
  const { run } = props;
  return (
    <Link href={links.run(run.runId)}>
      {`${run.pipelineName ?? run.pipelineId} #${run.runNumber}`}
    </Link>
  );
}

/** The run that wrote a dataset version and the runs that read it. */
export function VersionRunsPanel(props: {
  workspace: string;
  dataset: string;
  version: number;
}) {
  const api = useApi(aiOpsApiRef);
  const { workspace, dataset, version } = props;
  const runs = useAsync(
    () => api.getDatasetVersionRuns(workspace, dataset, version),
    [api, workspace, dataset, version],
  );
  return (
    <Panel title={`Runs of v${version}`}>
      <AsyncView result={runs}>
        {value => (
          <Flex direction="column" gap="2">
            <Text variant="body-small" as="p">
              {value.producedBy ? (
                <>
                  {'Produced by run '}
                  <RunLink run={value.producedBy} />
                </>
              ) : (
                'Registered by hand, not by a run.'
              )}
            </Text>
            <Text variant="body-small" as="p">
              {value.readBy.length ? 'Read by runs ' : 'Read by no run yet.'}
              {value.readBy.map((run, index) => (
                <span key={run.runId}>
                  {index > 0 ? ', ' : null}
                  <RunLink run={run} />
                </span>
              ))}
            </Text>
          </Flex>
        )}
      </AsyncView>
    </Panel>
  );
}
