import { ObjectStore, TaskLaunch } from '@internal/plugin-ai-ops-node';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';

/**
 * Input and output files of one attempt as `file://` URIs (what task
 * programs read and write), and the output files to upload.
 */
export type StagedFiles = {
  inputs: Record<string, string>;
  outputs: Record<string, string>;
  outputFiles: Record<string, string>;
};

/**
 * Inputs in a local object store are read where they are; others are
 * downloaded. Outputs are written to `outputs/` and uploaded on success.
 */
export async function stageInputs(
  task: TaskLaunch,
  store: ObjectStore,
  workDir: string,
): Promise<StagedFiles> {
  const inputs: Record<string, string> = {};
  for (const [name, uri] of Object.entries(task.inputs)) {
    if (uri.startsWith('file:')) {
      inputs[name] = uri;
      continue;
    }
    const file = path.join(workDir, 'inputs', name);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await pipeline(
      await store.get(uri),
      (await fs.open(file, 'w')).createWriteStream(),
    );
    inputs[name] = pathToFileURL(file).href;
  }
  const outputs: Record<string, string> = {};
  const outputFiles: Record<string, string> = {};
  await fs.mkdir(path.join(workDir, 'outputs'), { recursive: true });
  for (const name of Object.keys(task.outputs)) {
    outputFiles[name] = path.join(workDir, 'outputs', name);
    outputs[name] = pathToFileURL(outputFiles[name]).href;
  }
  return { inputs, outputs, outputFiles };
}

/** Uploads the outputs the task wrote; missing ones are left out. */
export async function uploadOutputs(
  task: TaskLaunch,
  files: StagedFiles,
  store: ObjectStore,
): Promise<void> {
  for (const [name, { key }] of Object.entries(task.outputs)) {
    const file = files.outputFiles[name];
    const stats = await fs.stat(file).catch(() => undefined);
    if (!stats?.isFile()) continue;
    await store.put(key, createReadStream(file));
  }
}
