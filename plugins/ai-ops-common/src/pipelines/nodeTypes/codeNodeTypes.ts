import { z } from 'zod';
import { NodeType } from '../nodeType';
import { BUILT_IN_TASKS_IMAGE } from './builtInTask';

const ports = {
  inputs: [{ name: 'in', required: false, kind: 'file' as const }],
  outputs: [{ name: 'out', kind: 'file' as const }],
};

/**
 * A user's own command. Inputs, outputs and the config reach it as
 * `AI_OPS_INPUT_IN`, `AI_OPS_OUTPUT_OUT` (URIs) and `AI_OPS_CONFIG`.
 */
export const codeNodeTypes: NodeType[] = [
  {
    type: 'code.shell',
    version: 1,
    title: 'Shell command',
    description: 'Runs a POSIX shell script.',
    category: 'code',
    ...ports,
    configSchema: z.object({ script: z.string().min(1).max(20_000) }),
    runtime: {
      image: BUILT_IN_TASKS_IMAGE,
      command: ['sh', '-c', '{{config.script}}'],
    },
  },
  {
    type: 'code.python',
    version: 1,
    title: 'Python code',
    description: 'Runs Python 3 code.',
    category: 'code',
    ...ports,
    configSchema: z.object({ code: z.string().min(1).max(100_000) }),
    runtime: {
      image: 'python:3.12-slim',
      command: ['python3', '-c', '{{config.code}}'],
    },
  },
];
