import { z } from 'zod';
import { PipelineDomain } from './domains';

/** What flows along an edge; `file` connects to anything. */
export const PORT_KINDS = [
  'dataset',
  'model',
  'metrics',
  'report',
  'file',
] as const;
export type PortKind = (typeof PORT_KINDS)[number];

export type NodeInput = { name: string; required: boolean; kind: PortKind };
export type NodeOutput = { name: string; kind: PortKind };

export const NODE_CATEGORIES = ['data', 'features', 'model', 'code'] as const;
export type NodeCategory = (typeof NODE_CATEGORIES)[number];

/**
 * A kind of pipeline node, at one version: its ports, its config schema, and
 * the program a task of it runs. A node in a graph names type and version,
 * so changing a type means adding a version, never editing one.
 */
export type NodeType = {
  /** `<category>.<name>`, e.g. `data.validate`. */
  type: string;
  version: number;
  title: string;
  description: string;
  category: NodeCategory;
  /** Set when the node only makes sense in one domain. */
  domain?: PipelineDomain;
  inputs: NodeInput[];
  outputs: NodeOutput[];
  configSchema: z.ZodType<Record<string, unknown>>;
  runtime: {
    /** Container image for executors that run containers. */
    image: string;
    /**
     * argv with placeholders: `{{tasks}}` (the built-in task programs'
     * directory), `{{config}}` (the whole config as JSON), `{{config.x}}`,
     * `{{inputs.y}}` and `{{outputs.z}}` (URIs).
     */
    command: string[];
  };
};

/** `GET /node-types`: a node type with its config schema as JSON Schema. */
export type NodeTypeDescription = Omit<NodeType, 'configSchema'> & {
  configJsonSchema: Record<string, unknown>;
};

export function describeNodeType(nodeType: NodeType): NodeTypeDescription {
  const { configSchema, ...rest } = nodeType;
  return {
    ...rest,
    configJsonSchema: z.toJSONSchema(configSchema, { io: 'input' }) as Record<
      string,
      unknown
    >,
  };
}

/** Whether an output of `from` kind may feed an input of `to` kind. */
export function portKindsConnect(from: PortKind, to: PortKind): boolean {
  return from === to || from === 'file' || to === 'file';
}
