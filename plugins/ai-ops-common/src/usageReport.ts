import { z } from 'zod';

/**
 * What a task measured of itself inside its container (the built-in task
 * programs write it to `AI_OPS_USAGE_REPORT` at exit, see
 * `tasks/lib/usage.mjs` of the backend); the Kubernetes executor reads it
 * from the pod's termination message.
 */
export const taskUsageReportSchema = z.object({
  format: z.literal('ai-ops-usage/1'),
  cpuSeconds: z.number().finite().nonnegative(),
  peakMemoryBytes: z.number().finite().nonnegative(),
});

export type TaskUsageReport = z.infer<typeof taskUsageReportSchema>;
