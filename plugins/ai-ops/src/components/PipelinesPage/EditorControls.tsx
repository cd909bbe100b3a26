import { useState } from 'react';
import { Button, Flex, Select } from '@backstage/ui';
import type {
  GraphEdge,
  NodeTypeDescription,
  PipelineGraph,
} from '@internal/plugin-ai-ops-common';
import { portKindsConnect } from '@internal/plugin-ai-ops-common';

/** Adds a node of a type picked from the server's node types. */
export function AddNodeControl(props: {
  nodeTypes: NodeTypeDescription[];
  onAdd(nodeType: NodeTypeDescription): void;
}) {
  const [picked, setPicked] = useState<string>();
  const key = (t: NodeTypeDescription) => `${t.type}@${t.version}`;
  const nodeType = props.nodeTypes.find(t => key(t) === picked);
  return (
    <Flex gap="2" align="end">
      <Select
        label="Node type"
        placeholder="Pick a type"
        options={props.nodeTypes.map(t => ({
          id: key(t),
          label: `${t.title} (${t.type} v${t.version})`,
        }))}
        value={picked ?? null}
        onChange={value => setPicked(value ? String(value) : undefined)}
      />
      <Button
        variant="secondary"
        isDisabled={!nodeType}
        onPress={() => nodeType && props.onAdd(nodeType)}
      >
        Add node
      </Button>
    </Flex>
  );
}

type Port = { node: string; port: string; kind: string };

/** The outputs and inputs of the graph's nodes, by their types. */
function portsOf(graph: PipelineGraph, nodeTypes: NodeTypeDescription[]) {
  const outputs: Port[] = [];
  const inputs: Port[] = [];
  for (const node of graph.nodes) {
    const type = nodeTypes.find(
      t => t.type === node.type && t.version === node.typeVersion,
    );
    type?.outputs.forEach(o =>
      outputs.push({ node: node.id, port: o.name, kind: o.kind }),
    );
    type?.inputs.forEach(i =>
      inputs.push({ node: node.id, port: i.name, kind: i.kind }),
    );
  }
  return { outputs, inputs };
}

const portId = (p: Port) => `${p.node}.${p.port}`;

/** Connects an output to an input of a matching kind. */
export function ConnectControl(props: {
  graph: PipelineGraph;
  nodeTypes: NodeTypeDescription[];
  onConnect(from: GraphEdge['from'], to: GraphEdge['to']): void;
}) {
  const { outputs, inputs } = portsOf(props.graph, props.nodeTypes);
  const [from, setFrom] = useState<string>();
  const [to, setTo] = useState<string>();
  const source = outputs.find(p => portId(p) === from);
  const target = inputs.find(p => portId(p) === to);
  const fitting = inputs.filter(
    p =>
      !source ||
      (p.node !== source.node &&
        portKindsConnect(source.kind as never, p.kind as never)),
  );
  return (
    <Flex gap="2" align="end" style={{ flexWrap: 'wrap' }}>
      <Select
        label="From output"
        placeholder="node.output"
        options={outputs.map(p => ({
          id: portId(p),
          label: `${portId(p)} (${p.kind})`,
        }))}
        value={from ?? null}
        onChange={value => setFrom(value ? String(value) : undefined)}
      />
      <Select
        label="To input"
        placeholder="node.input"
        options={fitting.map(p => ({
          id: portId(p),
          label: `${portId(p)} (${p.kind})`,
        }))}
        value={to ?? null}
        onChange={value => setTo(value ? String(value) : undefined)}
      />
      <Button
        variant="secondary"
        isDisabled={!source || !target}
        onPress={() => {
          if (!source || !target) return;
          props.onConnect(
            { node: source.node, output: source.port },
            { node: target.node, input: target.port },
          );
          setTo(undefined);
        }}
      >
        Connect
      </Button>
    </Flex>
  );
}
