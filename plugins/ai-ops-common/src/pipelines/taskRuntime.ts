import { GraphNode } from './graph';
import { NodeType } from './nodeType';

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)(?:\.([\w-]+))?\s*\}\}/g;

const envName = (prefix: string, name: string) =>
  `AI_OPS_${prefix}_${name.replace(/[A-Z]/g, c => `_${c}`).toUpperCase()}`;

const asArgument = (value: unknown) =>
  typeof value === 'string' ? value : JSON.stringify(value ?? '');

/**
 * What the orchestrator hands an executor for a node: the node type's image
 * and command with `{{config}}` / `{{config.x}}` filled in (its defaults
 * applied) and inputs that nothing is connected to left empty. `{{inputs.x}}`,
 * `{{outputs.x}}` and `{{tasks}}` stay for the executor, which knows where
 * they are; `env` carries the same as `AI_OPS_CONFIG`, `AI_OPS_INPUT_<NAME>`
 * (connected inputs) and `AI_OPS_OUTPUT_<NAME>`.
 */
export function taskRuntimeOf(
  nodeType: NodeType,
  node: GraphNode,
  connectedInputs: string[],
): { image: string; command: string[]; env: Record<string, string> } {
  const config = nodeType.configSchema.parse(node.config);
  const connected = new Set(connectedInputs);
  // Config first: a script in the config may use port placeholders too.
  const fill = (arg: string) =>
    arg
      .replace(PLACEHOLDER, (whole, scope: string, name?: string) => {
        if (scope !== 'config') return whole;
        return name ? asArgument(config[name]) : JSON.stringify(config);
      })
      .replace(PLACEHOLDER, (whole, scope: string, name?: string) =>
        scope === 'inputs' && name && !connected.has(name) ? '' : whole,
      );
  const env: Record<string, string> = { AI_OPS_CONFIG: JSON.stringify(config) };
  for (const input of nodeType.inputs) {
    if (connected.has(input.name)) {
      env[envName('INPUT', input.name)] = `{{inputs.${input.name}}}`;
    }
  }
  for (const output of nodeType.outputs) {
    env[envName('OUTPUT', output.name)] = `{{outputs.${output.name}}}`;
  }
  return {
    image: nodeType.runtime.image,
    command: nodeType.runtime.command.map(fill),
    env,
  };
}
