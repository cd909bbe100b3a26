import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Grid, Text, TextField } from '@backstage/ui';
import {
  PipelineDetail,
  PipelineGraph,
  validateGraph,
} from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  ErrorNote,
  Panel,
  useMutation,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { PipelineGraphView } from '../shared/PipelineGraphView';
import { AddNodeControl, ConnectControl } from './EditorControls';
import {
  addNode,
  connect,
  disconnect,
  edgeLabel,
  removeNode,
  setNodeConfig,
} from './editGraph';
import { configErrorsOf, issuesFromMessage } from './graphIssues';
import { NodeConfigForm } from './NodeConfigForm';

/**
 * Edits the current graph: add nodes of a type, set their config in a form
 * generated from the type's schema, connect outputs to inputs, remove
 * nodes and edges, and save it all as a new version with a message. The
 * graph is checked as it changes with the validation the server uses; a
 * refusal from the server shows beside the node and field it names.
 */
export function PipelineEditor(props: {
  workspace: string;
  pipeline: PipelineDetail;
  onSaved(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const nodeTypes = useAsync(() => api.listNodeTypes(), [api]);
  const [graph, setGraph] = useState<PipelineGraph>(props.pipeline.graph);
  const [selected, setSelected] = useState<string>();
  const [message, setMessage] = useState('');
  const save = useMutation();
  const local = validateGraph(graph).issues;
  const issues = save.error
    ? [...issuesFromMessage(save.error), ...local]
    : local;
  const node = graph.nodes.find(n => n.id === selected);

  const change = (next: PipelineGraph) => {
    save.reset();
    setGraph(next);
  };
  const onSave = async () => {
    const saved = await save.run(
      () =>
        api.savePipelineVersion(props.workspace, props.pipeline.name, {
          graph,
          message: message.trim(),
          baseVersion: props.pipeline.currentVersion,
        }),
      result => `Saved version ${result.version}`,
    );
    if (saved) props.onSaved();
  };

  return (
    <AsyncView result={nodeTypes}>
      {({ items: types }) => (
        <Flex direction="column" gap="4">
          <Panel title="Graph" subtitle="pick a node to edit it">
            <PipelineGraphView
              graph={graph}
              label="Pipeline editor graph"
              selected={selected}
              onSelect={setSelected}
            />
          </Panel>
          <Grid.Root columns={{ initial: '1', md: '2' }} gap="4">
            <Panel title="Nodes and edges">
              <Flex direction="column" gap="3">
                <AddNodeControl
                  nodeTypes={types}
                  onAdd={type => {
                    const next = addNode(graph, type);
                    change(next);
                    setSelected(next.nodes[next.nodes.length - 1].id);
                  }}
                />
                <ConnectControl
                  graph={graph}
                  nodeTypes={types}
                  onConnect={(from, to) => change(connect(graph, from, to))}
                />
                <ul aria-label="Edges" style={{ margin: 0, paddingLeft: 16 }}>
                  {graph.edges.map(edge => (
                    <li key={edgeLabel(edge)}>
                      <Flex align="center" gap="2">
                        <Text variant="body-small">{edgeLabel(edge)}</Text>
                        <Button
                          size="small"
                          variant="tertiary"
                          aria-label={`Remove edge ${edgeLabel(edge)}`}
                          onPress={() => change(disconnect(graph, edge))}
                        >
                          Remove
                        </Button>
                      </Flex>
                    </li>
                  ))}
                </ul>
              </Flex>
            </Panel>
            <Panel
              title={node ? `Node ${node.id}` : 'Node'}
              subtitle={
                node ? `${node.type} v${node.typeVersion}` : 'none picked'
              }
              actions={
                node ? (
                  <Button
                    size="small"
                    variant="secondary"
                    destructive
                    onPress={() => {
                      change(removeNode(graph, node.id));
                      setSelected(undefined);
                    }}
                  >
                    Remove node
                  </Button>
                ) : null
              }
            >
              {node ? (
                <NodeConfigForm
                  node={node}
                  nodeType={types.find(
                    t => t.type === node.type && t.version === node.typeVersion,
                  )}
                  errors={configErrorsOf(issues, node.id)}
                  onChange={config =>
                    change(setNodeConfig(graph, node.id, config))
                  }
                />
              ) : (
                <Text color="secondary">Pick a node in the graph.</Text>
              )}
            </Panel>
          </Grid.Root>
          <Panel title="Save as a new version">
            <Flex direction="column" gap="2">
              {local.length ? (
                <ul
                  aria-label="Graph issues"
                  style={{ margin: 0, paddingLeft: 16 }}
                >
                  {local.map(issue => (
                    <li key={`${issue.path}:${issue.message}`}>
                      <Text variant="body-small" color="danger">
                        {`${issue.path}: ${issue.message}`}
                      </Text>
                    </li>
                  ))}
                </ul>
              ) : null}
              <TextField
                label="Change message"
                isRequired
                value={message}
                onChange={setMessage}
              />
              <ErrorNote message={save.error} />
              <Flex gap="2">
                <Button
                  variant="primary"
                  isPending={save.pending}
                  isDisabled={!message.trim()}
                  onPress={onSave}
                >
                  Save version
                </Button>
                <Button
                  variant="secondary"
                  onPress={() => change(props.pipeline.graph)}
                >
                  Discard changes
                </Button>
              </Flex>
            </Flex>
          </Panel>
        </Flex>
      )}
    </AsyncView>
  );
}
