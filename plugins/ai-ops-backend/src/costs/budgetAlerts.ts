import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import { AI_OPS_TOPICS } from '@internal/plugin-ai-ops-common';
import { BudgetStore } from './BudgetStore';

/**
 * After runs added cost to a workspace: raises each threshold its budget
 * crossed this month, once, as an audit event and on the events service.
 */
export function budgetAlerter(deps: {
  budgets: BudgetStore;
  auditor: AuditorService;
  events: EventsService;
  logger: LoggerService;
}): (workspaceId: string) => void {
  const check = async (workspaceId: string) => {
    for (const alert of await deps.budgets.raiseCrossed(workspaceId)) {
      const event = await deps.auditor.createEvent({
        eventId: 'ai-ops-budget-alert',
        severityLevel: 'medium',
        meta: { workspaceId, ...alert },
      });
      await event.success();
      await deps.events.publish({
        topic: AI_OPS_TOPICS.budgetAlert,
        eventPayload: { workspaceId, ...alert },
      });
      deps.logger.warn(
        `AI-Ops workspace ${workspaceId} crossed ${alert.threshold}% of its budget in ${alert.month}`,
      );
    }
  };
  return workspaceId => {
    check(workspaceId).catch(error =>
      deps.logger.warn(`Budget check of ${workspaceId} failed: ${error}`),
    );
  };
}
