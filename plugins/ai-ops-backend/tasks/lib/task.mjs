// Shared by the built-in task programs: arguments, exit codes, reporting.
import { parseArgs } from 'node:util';
import { reportUsage } from './usage.mjs';

/** Exit codes the orchestrator tells apart from a runtime failure. */
export const EXIT_DATA_VALIDATION = 65;
export const EXIT_GATE = 66;

/** A failure with its exit code (1 unless given). */
export class TaskFailure extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

function namedPorts(list) {
  const named = {};
  for (const item of list ?? []) {
    const at = item.indexOf('=');
    if (at <= 0) throw new TaskFailure(`Expected name=uri, got "${item}"`);
    const uri = item.slice(at + 1);
    if (uri) named[item.slice(0, at)] = uri;
  }
  return named;
}

/**
 * Runs a task program: `--config <json>`, `--input name=uri`, `--output
 * name=uri` are parsed and handed to `main`; a TaskFailure exits with its
 * code, anything else with 1. With `AI_OPS_USAGE_REPORT` set (container
 * executors), the usage is written to that file at the end, failed or not.
 */
export async function runTask(main) {
  try {
    const { values } = parseArgs({
      options: {
        config: { type: 'string', default: '{}' },
        input: { type: 'string', multiple: true },
        output: { type: 'string', multiple: true },
      },
    });
    await main({
      config: JSON.parse(values.config),
      inputs: namedPorts(values.input),
      outputs: namedPorts(values.output),
    });
  } catch (error) {
    console.error(`error: ${error.message}`);
    process.exitCode = error.exitCode ?? 1;
  }
  if (process.env.AI_OPS_USAGE_REPORT) {
    await reportUsage(process.env.AI_OPS_USAGE_REPORT);
  }
}

/** The URI a required port was given, or a failure naming it. */
export function required(ports, name, what = 'input') {
  const uri = ports[name];
  if (!uri) throw new TaskFailure(`No ${what} "${name}" was given`);
  return uri;
}
