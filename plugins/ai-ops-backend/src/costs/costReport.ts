import { CostReport } from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { toIso } from '../database/dbValues';
import { BudgetStore } from './BudgetStore';
import { monthRange } from './months';

type Row = Record<string, any>;

/** A month's cost of a workspace: per pipeline, its top runs, its budget. */
export async function costReport(
  knex: Knex,
  budgets: BudgetStore,
  workspace: { id: string; name: string },
  month: string,
  currency: string,
): Promise<CostReport> {
  const { from, to } = monthRange(month);
  const inMonth = () =>
    knex('runs')
      .where('workspace_id', workspace.id)
      .where('created_at', '>=', from)
      .where('created_at', '<', to);
  const perPipeline: Row[] = await inMonth()
    .groupBy('pipeline_id')
    .select('pipeline_id')
    .max({ pipeline_name: 'pipeline_name' })
    .sum({ cost: 'cost', cpu_seconds: 'cpu_seconds', gpu_hours: 'gpu_hours' })
    .count({ runs: '*' })
    .orderBy('cost', 'desc');
  const topRuns: Row[] = await inMonth()
    .orderBy([
      { column: 'cost', order: 'desc' },
      { column: 'created_at', order: 'desc' },
    ])
    .limit(10)
    .select('id', 'pipeline_id', 'run_number', 'state', 'cost', 'created_at');
  const budget = await budgets.get(workspace);
  const byPipeline = perPipeline.map(r => ({
    pipelineId: r.pipeline_id,
    ...(r.pipeline_name && { pipelineName: r.pipeline_name }),
    cost: Number(r.cost ?? 0),
    runs: Number(r.runs),
    cpuSeconds: Number(r.cpu_seconds ?? 0),
    gpuHours: Number(r.gpu_hours ?? 0),
  }));
  return {
    month,
    currency: budget?.currency ?? currency,
    total: byPipeline.reduce((sum, line) => sum + line.cost, 0),
    ...(budget && { budget }),
    alerts: await budgets.alerts(workspace.id, month),
    byPipeline,
    topRuns: topRuns.map(r => ({
      runId: r.id,
      pipelineId: r.pipeline_id,
      runNumber: Number(r.run_number),
      state: r.state,
      cost: Number(r.cost),
      createdAt: toIso(r.created_at),
    })),
  };
}
