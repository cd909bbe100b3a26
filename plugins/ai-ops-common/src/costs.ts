import { z } from 'zod';

/** `aiOps.prices`: what a unit of each resource costs. */
export type PriceTable = {
  cpuSecond: number;
  memoryGiBSecond: number;
  gpuHour: number;
  currency: string;
};

export type Budget = {
  workspace: string;
  monthlyLimit: number;
  currency: string;
  /** Percentages of the limit that raise an alert once a month. */
  thresholds: number[];
  /** Refuse new runs while this month's cost is at or over the limit. */
  blockNewRuns: boolean;
  updatedBy?: string;
  updatedAt?: string;
};

export type BudgetAlert = {
  month: string;
  threshold: number;
  raisedAt: string;
};

export const budgetRequestSchema = z
  .object({
    monthlyLimit: z.number().min(0).max(1e12),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 code such as USD')
      .optional(),
    thresholds: z
      .array(z.number().int().min(1).max(1000))
      .max(10)
      .default([50, 80, 100]),
    blockNewRuns: z.boolean().default(false),
  })
  .strict();
export type BudgetRequest = z.infer<typeof budgetRequestSchema>;

export const costsQuerySchema = z
  .object({
    /** `YYYY-MM` in UTC; this month when absent. */
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected YYYY-MM')
      .optional(),
  })
  .strict();

export type CostLine = {
  cost: number;
  runs: number;
  cpuSeconds: number;
  gpuHours: number;
};

export type CostReport = {
  month: string;
  currency: string;
  total: number;
  budget?: Budget;
  alerts: BudgetAlert[];
  byPipeline: (CostLine & { pipelineId: string; pipelineName?: string })[];
  /** The month's most expensive runs. */
  topRuns: {
    runId: string;
    pipelineId: string;
    runNumber: number;
    state: string;
    cost: number;
    createdAt: string;
  }[];
};

/** A used/capacity pair for the home page's usage bars. */
export type UsageGauge = { used: number; capacity?: number };

/** `GET /workspaces/:ws/stats`: the home page's cards. */
export type WorkspaceStats = {
  activeRuns: number;
  runsLast24h: number;
  /** Succeeded ÷ finished runs of the last 7 days; absent with none. */
  successRate7d?: number;
  cost: {
    month: string;
    currency: string;
    thisMonth: number;
    budget?: number;
  };
  usage: {
    /** GPUs held by running tasks vs `aiOps.capacity.gpu`. */
    gpu: UsageGauge;
    /** MiB held by running tasks vs `aiOps.capacity.memoryMiB`. */
    memoryMiB: UsageGauge;
    /** Object store bytes of the workspace vs `aiOps.capacity.storageBytes`. */
    storageBytes: UsageGauge;
  };
};
