import {
  Budget,
  BudgetAlert,
  BudgetRequest,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { parseJsonColumn, toIso } from '../database/dbValues';
import { monthOf, monthRange } from './months';

type Row = Record<string, any>;

function toBudget(row: Row, workspace: string): Budget {
  return {
    workspace,
    monthlyLimit: Number(row.monthly_limit),
    currency: row.currency,
    thresholds: parseJsonColumn<number[]>(row.thresholds, []),
    blockNewRuns: Boolean(row.block_new_runs),
    updatedBy: row.updated_by,
    updatedAt: toIso(row.updated_at),
  };
}

/**
 * Budgets, what a workspace spent in a month (the cost of its runs created
 * that month, in UTC) and the alerts raised when spending crossed a
 * threshold: one per workspace, month and threshold, whoever sees it first.
 */
export class BudgetStore {
  constructor(private readonly knex: Knex) {}

  async get(workspace: {
    id: string;
    name: string;
  }): Promise<Budget | undefined> {
    const row = await this.knex('budgets')
      .where({ workspace_id: workspace.id })
      .first();
    return row && toBudget(row, workspace.name);
  }

  async put(
    workspace: { id: string; name: string },
    request: BudgetRequest & { currency: string },
    actor: string,
  ): Promise<Budget> {
    const row = {
      workspace_id: workspace.id,
      monthly_limit: request.monthlyLimit,
      currency: request.currency,
      thresholds: JSON.stringify(
        [...new Set(request.thresholds)].sort((a, b) => a - b),
      ),
      block_new_runs: request.blockNewRuns,
      updated_by: actor,
      updated_at: new Date(),
    };
    await this.knex('budgets').insert(row).onConflict('workspace_id').merge();
    return toBudget(row, workspace.name);
  }

  async spent(workspaceId: string, month: string): Promise<number> {
    const { from, to } = monthRange(month);
    const row = await this.knex('runs')
      .where('workspace_id', workspaceId)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .sum({ total: 'cost' })
      .first();
    return Number(row?.total ?? 0);
  }

  /** The block on new runs, when it applies now: the message to refuse with. */
  async blockOf(workspace: {
    id: string;
    name: string;
  }): Promise<string | undefined> {
    const budget = await this.get(workspace);
    if (!budget?.blockNewRuns) return undefined;
    const spent = await this.spent(workspace.id, monthOf(new Date()));
    if (spent < budget.monthlyLimit) return undefined;
    return `Workspace '${workspace.name}' spent ${spent.toFixed(2)} ${
      budget.currency
    } of its monthly budget of ${budget.monthlyLimit} ${
      budget.currency
    }: new runs are blocked`;
  }

  async alerts(workspaceId: string, month: string): Promise<BudgetAlert[]> {
    const rows: Row[] = await this.knex('budget_alerts')
      .where({ workspace_id: workspaceId, month })
      .orderBy('threshold');
    return rows.map(r => ({
      month: r.month,
      threshold: Number(r.threshold),
      raisedAt: toIso(r.raised_at),
    }));
  }

  /** Records the thresholds this month's spending crossed; the new ones. */
  async raiseCrossed(
    workspaceId: string,
  ): Promise<
    (BudgetAlert & { spent: number; limit: number; currency: string })[]
  > {
    const budget = await this.knex('budgets')
      .where({ workspace_id: workspaceId })
      .first();
    if (!budget || Number(budget.monthly_limit) <= 0) return [];
    const month = monthOf(new Date());
    const spent = await this.spent(workspaceId, month);
    const percent = (spent / Number(budget.monthly_limit)) * 100;
    const raised = [];
    for (const threshold of parseJsonColumn<number[]>(budget.thresholds, [])) {
      if (percent < threshold) continue;
      const raisedAt = new Date();
      const inserted = await this.knex('budget_alerts')
        .insert({
          workspace_id: workspaceId,
          month,
          threshold,
          spent,
          raised_at: raisedAt,
        })
        .onConflict(['workspace_id', 'month', 'threshold'])
        .ignore()
        .returning('threshold');
      // Both databases return the rows really inserted.
      if ((inserted as unknown[]).length > 0) {
        raised.push({
          month,
          threshold,
          raisedAt: raisedAt.toISOString(),
          spent,
          limit: Number(budget.monthly_limit),
          currency: budget.currency,
        });
      }
    }
    return raised;
  }
}
