import { z } from 'zod';

const idSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/,
    'Use letters, digits, _ and -, at most 63',
  );
const portSchema = z.string().regex(/^[a-z][a-zA-Z0-9]{0,31}$/);

/** Retry policy of a task: attempts, and backoff between them. */
export const retryPolicySchema = z.object({
  maxAttempts: z.number().int().min(1).max(10),
  backoffSeconds: z.number().min(0).max(3600).default(10),
  backoffMultiplier: z.number().min(1).max(10).default(2),
});
export type RetryPolicy = z.infer<typeof retryPolicySchema>;

export const graphNodeSchema = z.object({
  id: idSchema,
  type: z.string().min(1).max(100),
  typeVersion: z.number().int().min(1),
  label: z.string().max(200).optional(),
  config: z.record(z.string(), z.unknown()).default({}),
  position: z.object({ x: z.number(), y: z.number() }).optional(),
  retry: retryPolicySchema.optional(),
  timeoutSeconds: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 3600)
    .optional(),
  /** A profile name from `aiOps.resourceProfiles`. */
  resourceProfile: z.string().min(1).max(63).optional(),
  /** A queue name from `aiOps.queues`. */
  queue: z.string().min(1).max(63).optional(),
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphEdgeSchema = z.object({
  id: z.string().max(100).optional(),
  from: z.object({ node: idSchema, output: portSchema }),
  to: z.object({ node: idSchema, input: portSchema }),
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

/** A pipeline version's graph (`graph_json`): nodes and the data edges. */
export const pipelineGraphSchema = z.object({
  nodes: z.array(graphNodeSchema).min(1).max(200),
  edges: z.array(graphEdgeSchema).max(1000).default([]),
});
export type PipelineGraph = z.infer<typeof pipelineGraphSchema>;
export type PipelineGraphInput = z.input<typeof pipelineGraphSchema>;
