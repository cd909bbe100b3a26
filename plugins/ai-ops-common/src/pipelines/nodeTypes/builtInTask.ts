import { NodeInput, NodeOutput, NodeType } from '../nodeType';

/**
 * The image built-in task programs run in on container executors; they are
 * plain Node scripts, mounted or baked in at `/tasks`.
 */
export const BUILT_IN_TASKS_IMAGE = 'node:24-alpine';

/**
 * A node type whose task is one of the built-in programs (`tasks/<program>.mjs`
 * of the backend package), called with `--config <json>`, `--input
 * name=<uri>` and `--output name=<uri>`.
 */
export function builtInNodeType(
  program: string,
  nodeType: Omit<NodeType, 'runtime' | 'version'> & { version?: number },
): NodeType {
  const ports = (
    flag: string,
    placeholder: string,
    list: (NodeInput | NodeOutput)[],
  ) => list.flatMap(p => [flag, `${p.name}={{${placeholder}.${p.name}}}`]);
  return {
    version: 1,
    ...nodeType,
    runtime: {
      image: BUILT_IN_TASKS_IMAGE,
      command: [
        'node',
        `{{tasks}}/${program}.mjs`,
        '--config',
        '{{config}}',
        ...ports('--input', 'inputs', nodeType.inputs),
        ...ports('--output', 'outputs', nodeType.outputs),
      ],
    },
  };
}
