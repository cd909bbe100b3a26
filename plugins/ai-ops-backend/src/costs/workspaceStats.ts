import { WorkspaceStats } from '@internal/plugin-ai-ops-common';
import { ObjectStore } from '@internal/plugin-ai-ops-node';
import { Knex } from 'knex';
import { ExecutionConfig } from '../runs/executionConfig';
import { ACTIVE_RUN_STATES } from '../runs/runTransitions';
import { objectKeys } from '../storage/objectKeys';
import { BudgetStore } from './BudgetStore';
import { monthOf } from './months';

const DAY_MS = 24 * 3600 * 1000;
const STORAGE_CACHE_MS = 60_000;

/**
 * The home page's cards. GPU and memory are what running tasks hold by
 * their profiles, against `aiOps.capacity`; storage is what the object
 * store holds under the workspace (measured at most once a minute).
 */
export function workspaceStats(deps: {
  knex: Knex;
  budgets: BudgetStore;
  store: ObjectStore;
  config: ExecutionConfig;
}) {
  const storage = new Map<string, { bytes: number; at: number }>();
  const storageOf = async (workspace: string) => {
    const cached = storage.get(workspace);
    if (cached && Date.now() - cached.at < STORAGE_CACHE_MS)
      return cached.bytes;
    const { bytes } = await deps.store.usage(objectKeys.workspace(workspace));
    storage.set(workspace, { bytes, at: Date.now() });
    return bytes;
  };

  return async (workspace: {
    id: string;
    name: string;
  }): Promise<WorkspaceStats> => {
    const { knex, config } = deps;
    const now = Date.now();
    const runs = () => knex('runs').where('workspace_id', workspace.id);
    const [{ count: active }] = await runs()
      .whereIn('state', ACTIVE_RUN_STATES)
      .count({ count: '*' });
    const [{ count: recent }] = await runs()
      .where('created_at', '>=', new Date(now - DAY_MS))
      .count({ count: '*' });
    const finished: { state: string; count: number }[] = await runs()
      .where('created_at', '>=', new Date(now - 7 * DAY_MS))
      .whereIn('state', ['SUCCEEDED', 'FAILED'])
      .groupBy('state')
      .select('state')
      .count({ count: '*' });
    const succeeded = Number(
      finished.find(f => f.state === 'SUCCEEDED')?.count ?? 0,
    );
    const total = finished.reduce((sum, f) => sum + Number(f.count), 0);
    const held: { resource_profile: string; count: number }[] = await knex(
      'tasks as t',
    )
      .join('runs as r', 'r.id', 't.run_id')
      .where('r.workspace_id', workspace.id)
      .whereIn('t.state', ['RUNNING', 'CANCELING'])
      .groupBy('t.resource_profile')
      .select('t.resource_profile')
      .count({ count: '*' });
    let gpu = 0;
    let memoryMiB = 0;
    for (const h of held) {
      const profile = config.profiles.get(h.resource_profile);
      gpu += (profile?.gpu ?? 0) * Number(h.count);
      memoryMiB += (profile?.memoryMiB ?? 0) * Number(h.count);
    }
    const month = monthOf(new Date(now));
    const budget = await deps.budgets.get(workspace);
    return {
      activeRuns: Number(active),
      runsLast24h: Number(recent),
      ...(total > 0 && { successRate7d: succeeded / total }),
      cost: {
        month,
        currency: budget?.currency ?? config.prices.currency,
        thisMonth: await deps.budgets.spent(workspace.id, month),
        ...(budget && { budget: budget.monthlyLimit }),
      },
      usage: {
        gpu: { used: gpu, capacity: config.capacity.gpu },
        memoryMiB: { used: memoryMiB, capacity: config.capacity.memoryMiB },
        storageBytes: {
          used: await storageOf(workspace.name),
          capacity: config.capacity.storageBytes,
        },
      },
    };
  };
}
