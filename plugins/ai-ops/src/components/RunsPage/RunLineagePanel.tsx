import { useEffect } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Link, Text } from '@backstage/ui';
import {
  FINAL_STATES,
  LineageDatasetVersion,
  RunDetail,
} from '@internal/plugin-ai-ops-common';
import { AsyncView, EmptyText, Panel } from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useLinks } from '../workspace/useLinks';

/** Node types whose tasks read or write dataset versions. */
const DATASET_NODE_TYPES = ['data.load', 'data.publish'];
/** How often to look again while a finished run's lineage is recorded. */
const PENDING_POLL_MS = 1500;

function VersionList(props: {
  label: string;
  versions: LineageDatasetVersion[];
  empty: string;
}) {
  const links = useLinks();
  if (!props.versions.length) return <EmptyText>{props.empty}</EmptyText>;
  return (
    <ul aria-label={props.label} style={{ margin: 0, paddingLeft: 16 }}>
      {props.versions.map(v => (
        <li key={`${v.datasetId}@${v.version}`}>
          <Link href={`${links.dataset(v.dataset)}&version=${v.version}`}>
            {`${v.dataset} v${v.version}`}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The run's lineage: the dataset versions its `data.load` tasks read →
 * the run → the versions its `data.publish` tasks wrote, each linking to
 * the version's page. Shown for runs with such tasks; looked up again
 * while a finished run's outputs are still being registered.
 */
export function RunLineagePanel(props: { workspace: string; run: RunDetail }) {
  const api = useApi(aiOpsApiRef);
  const { workspace, run } = props;
  const relevant = run.tasks.some(t => DATASET_NODE_TYPES.includes(t.nodeType));
  const finished = FINAL_STATES.includes(run.state);
  const lineage = useAsyncRetry(
    async () => (relevant ? api.getRunLineage(workspace, run.id) : undefined),
    [api, workspace, run.id, relevant, finished],
  );
  const pending = finished && lineage.value && !lineage.value.recordedAt;
  const { retry } = lineage;
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setTimeout(retry, PENDING_POLL_MS);
    return () => clearTimeout(timer);
  }, [pending, retry]);
  if (!relevant) return null;
  return (
    <Panel
      title="Lineage"
      subtitle={
        pending
          ? 'registering the versions the run wrote…'
          : 'dataset versions read → this run → versions written'
      }
    >
      <AsyncView result={lineage}>
        {value =>
          value ? (
            <Flex gap="6" align="start">
              <Flex direction="column" gap="1">
                <Text variant="body-small" weight="bold">
                  Inputs
                </Text>
                <VersionList
                  label="Inputs"
                  versions={value.inputs}
                  empty="No dataset version read."
                />
              </Flex>
              <Text variant="body-small">{`→ run #${run.runNumber} →`}</Text>
              <Flex direction="column" gap="1">
                <Text variant="body-small" weight="bold">
                  Outputs
                </Text>
                <VersionList
                  label="Outputs"
                  versions={value.outputs}
                  empty={
                    finished
                      ? 'No dataset version written.'
                      : 'Written when the run ends.'
                  }
                />
              </Flex>
            </Flex>
          ) : null
        }
      </AsyncView>
    </Panel>
  );
}
