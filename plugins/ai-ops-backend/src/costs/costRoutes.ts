import {
  aiOpsBudgetUpdatePermission,
  aiOpsRunReadPermission,
  budgetRequestSchema,
  costsQuerySchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { ExecutionConfig } from '../runs/executionConfig';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { authorizeWorkspace } from '../tenancy/workspaceAccess';
import { BudgetStore } from './BudgetStore';
import { costReport } from './costReport';
import { monthOf } from './months';
import { workspaceStats } from './workspaceStats';

const BASE = '/workspaces/:workspace';

/**
 * Budget, monthly cost, prices and the home page's stats of a workspace.
 */
export function createCostRoutes(
  context: AiOpsContext,
  budgets: BudgetStore,
  config: ExecutionConfig,
) {
  const router = Router();
  const stats = workspaceStats({
    knex: context.knex,
    budgets,
    store: context.objectStore,
    config,
  });

  router.get(`${BASE}/budget`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsRunReadPermission,
    );
    const budget = await budgets.get(workspace);
    res.json({
      budget: budget ?? null,
      spent: await budgets.spent(workspace.id, monthOf(new Date())),
    });
  });

  router.put(`${BASE}/budget`, async (req, res) => {
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsBudgetUpdatePermission,
    );
    const body = parseInput(budgetRequestSchema, req.body);
    const before = await budgets.get(workspace);
    const budget = await auditChange(
      context,
      req,
      'ai-ops-budget-update',
      { workspace: workspace.name, before: before ?? null },
      async () => {
        const saved = await budgets.put(
          workspace,
          { ...body, currency: body.currency ?? config.prices.currency },
          actor,
        );
        return { result: saved, meta: { after: saved } };
      },
    );
    res.json(budget);
  });

  router.get(`${BASE}/costs`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsRunReadPermission,
    );
    const { month } = parseInput(costsQuerySchema, req.query);
    res.json(
      await costReport(
        context.knex,
        budgets,
        workspace,
        month ?? monthOf(new Date()),
        config.prices.currency,
      ),
    );
  });

  /** The price table run costs are computed with (`aiOps.prices`). */
  router.get(`${BASE}/prices`, async (req, res) => {
    await authorizeWorkspace(context, req, aiOpsRunReadPermission);
    res.json(config.prices);
  });

  router.get(`${BASE}/stats`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsRunReadPermission,
    );
    res.json(await stats(workspace));
  });

  return router;
}
