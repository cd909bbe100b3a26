import { auditQuerySchema } from '@internal/plugin-authz-common';
import { z } from 'zod';

/** The most decisions one `POST /decisions` may carry. */
export const maxDecisionBatch = 5000;

const decisionReasonSchema = z.strictObject({
  effect: z.enum(['Allow', 'Deny']),
  policyName: z.string(),
  sid: z.string(),
  roleName: z.string(),
  conditional: z.boolean(),
});

/** A DecisionRecord (authz-common decision.ts) as the policy module sends it. */
export const decisionRecordSchema = z.strictObject({
  id: z.uuid(),
  time: z.iso.datetime({ offset: true }),
  principal: z.string().min(1).max(255),
  permission: z.string().min(1).max(255),
  resourceType: z.string().max(255).optional(),
  resourceRef: z.string().optional(),
  result: z.enum(['ALLOW', 'DENY', 'CONDITIONAL']),
  reasons: z.array(decisionReasonSchema),
  summary: z.string(),
  revision: z.number().int().min(0),
  latencyMs: z.number().min(0),
  engine: z.enum(['wasm', 'server', 'fallback']),
});

export const decisionBatchSchema = z.strictObject({
  items: z.array(decisionRecordSchema).min(1).max(maxDecisionBatch),
});

/** `/stats`: the period defaults to the last day (hours) or 30 days. */
export const auditStatsQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  bucket: z.enum(['hour', 'day']).default('day'),
});

/** `/export`: the filters of `/entries`, no paging. */
export const auditExportQuerySchema = auditQuerySchema
  .omit({ offset: true, limit: true })
  .extend({ format: z.enum(['csv', 'json']).default('csv') });

/** `/stream`: the filters of `/entries`, no paging. */
export const auditStreamQuerySchema = auditQuerySchema.omit({
  offset: true,
  limit: true,
});
