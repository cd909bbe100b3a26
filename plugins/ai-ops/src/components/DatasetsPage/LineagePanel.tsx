import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Text } from '@backstage/ui';
import { AsyncView, EmptyText, Panel } from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import type { LineageEdge, LineageNode } from '../../api/types';

const nodeText = (node: LineageNode) =>
  node.column ? `${node.entityRef} (${node.column})` : node.entityRef;

/** Catalog links of a node: its entity page. */
function EntityLink(props: { node: LineageNode }) {
  const [kind, rest] = props.node.entityRef.split(':');
  const [namespace, name] = (rest ?? '').split('/');
  return (
    <a href={`/catalog/${namespace}/${kind}/${name}`}>{nodeText(props.node)}</a>
  );
}

function EdgeList(props: { label: string; edges: LineageEdge[] }) {
  if (!props.edges.length)
    return <EmptyText>{`No ${props.label.toLowerCase()} edges.`}</EmptyText>;
  return (
    <ul aria-label={props.label} style={{ margin: 0, paddingLeft: 16 }}>
      {props.edges.map((edge, index) => (
        <li key={index}>
          <Text variant="body-small">
            <EntityLink node={edge.from} />
            {` —${edge.type}→ `}
            <EntityLink node={edge.to} />
          </Text>
        </li>
      ))}
    </ul>
  );
}

/** Which runs read the dataset's versions and which wrote them. */
export function LineagePanel(props: { workspace: string; dataset: string }) {
  const api = useApi(aiOpsApiRef);
  const lineage = useAsync(
    () => api.getDatasetLineage(props.workspace, props.dataset),
    [api, props.workspace, props.dataset],
  );
  return (
    <Panel
      title="Lineage"
      subtitle="pipeline runs that wrote or read its versions"
    >
      <AsyncView result={lineage}>
        {value => (
          <Flex direction="column" gap="3">
            <EdgeList label="Upstream" edges={value.upstream} />
            <EdgeList label="Downstream" edges={value.downstream} />
          </Flex>
        )}
      </AsyncView>
    </Panel>
  );
}
