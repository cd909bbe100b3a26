import { InputError } from '@backstage/errors';

/**
 * Object keys are `/`-separated relative paths without `.`/`..` segments,
 * so that no key can name a place outside its store.
 */
export function checkObjectKey(key: string): string {
  const segments = key.split('/');
  if (
    key.length === 0 ||
    key.length > 1024 ||
    segments.some(s => s === '' || s === '.' || s === '..' || s.includes('\0'))
  ) {
    throw new InputError(`Invalid object key "${key}"`);
  }
  return key;
}

/** Where the AI-Ops backend keeps a workspace's objects. */
export const objectKeys = {
  workspace: (workspace: string) => `workspaces/${workspace}/`,
  taskLog: (
    workspace: string,
    runId: string,
    nodeId: string,
    attempt: number,
  ) => `workspaces/${workspace}/runs/${runId}/${nodeId}/attempt-${attempt}.log`,
  taskOutput: (
    workspace: string,
    runId: string,
    nodeId: string,
    output: string,
  ) => `workspaces/${workspace}/runs/${runId}/${nodeId}/outputs/${output}`,
  /** A `data.load` task's dataset version as one CSV, once per run and node. */
  stagedDataset: (workspace: string, runId: string, nodeId: string) =>
    `workspaces/${workspace}/runs/${runId}/${nodeId}/staged/dataset.csv`,
};
