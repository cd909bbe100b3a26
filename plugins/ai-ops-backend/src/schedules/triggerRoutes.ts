import { InputError } from '@backstage/errors';
import {
  createTriggerRequestSchema,
  Trigger,
  updateTriggerRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import { DatasetStore } from '../data/datasets/DatasetStore';
import { AiOpsContext } from '../service/AiOpsContext';
import { WorkspaceRow } from '../tenancy/workspaceRows';
import { createPipelineChildRoutes } from './pipelineChildRoutes';
import { TRIGGER_EVENTS } from './triggerEvents';
import { TriggerStore } from './TriggerStore';

/** A filter names fields the event has, and datasets that exist. */
async function checkFilter(
  context: AiOpsContext,
  workspace: WorkspaceRow,
  eventType: Trigger['eventType'],
  filter: Record<string, string>,
) {
  const known = TRIGGER_EVENTS[eventType]?.filterKeys;
  for (const key of Object.keys(filter)) {
    if (known && !known.includes(key)) {
      throw new InputError(
        `Invalid request: filter.${key}: ${eventType} events have ${known.join(
          ', ',
        )}`,
      );
    }
  }
  if (
    filter.datasetId &&
    !(await new DatasetStore(context.knex).get(workspace, filter.datasetId))
  ) {
    throw new InputError(
      `Invalid request: filter.datasetId: no dataset ${filter.datasetId} in workspace '${workspace.name}'`,
    );
  }
}

/** Event triggers that start a pipeline; changes audited. */
export function createTriggerRoutes(context: AiOpsContext) {
  const store = new TriggerStore(context.knex);
  return createPipelineChildRoutes(context, {
    kind: 'trigger',
    store,
    parseCreate: async (workspace, body) => {
      const fields = parseInput(createTriggerRequestSchema, body);
      await checkFilter(context, workspace, fields.eventType, fields.filter);
      return { fields, meta: { eventType: fields.eventType } };
    },
    parseUpdate: (_before, body) =>
      parseInput(updateTriggerRequestSchema, body).enabled,
    update: (workspace, before, enabled) =>
      store.setEnabled(workspace, before, enabled),
  });
}
