import { LoggerService } from '@backstage/backend-plugin-api';
import { EventParams } from '@backstage/plugin-events-node';
import { TriggerEventType } from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { RunLauncher } from '../runs/RunLauncher';
import { findWorkspaceByName } from '../tenancy/workspaceRows';
import { matchesFilter, TRIGGER_EVENTS } from './triggerEvents';
import { TriggerStore } from './TriggerStore';

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

/** Topics some trigger event type arrives on. */
export const triggerTopics = () =>
  Object.values(TRIGGER_EVENTS).map(event => event!.topic);

/**
 * Starts the pipelines whose triggers match an event, with trigger
 * `{ type: 'event', initiator: 'event:<topic>', event }`. Each trigger
 * claims the event first, so a redelivered event starts nothing twice.
 */
export class EventTriggers {
  private readonly store: TriggerStore;

  constructor(
    private readonly deps: {
      knex: Knex;
      launcher: RunLauncher;
      logger: LoggerService;
    },
  ) {
    this.store = new TriggerStore(deps.knex);
  }

  async handle(event: EventParams): Promise<void> {
    const entry = Object.entries(TRIGGER_EVENTS).find(
      ([, e]) => e?.topic === event.topic,
    );
    if (!entry) return;
    const [eventType, { eventKey }] = entry as [
      TriggerEventType,
      NonNullable<(typeof TRIGGER_EVENTS)[TriggerEventType]>,
    ];
    const payload = event.eventPayload as Record<string, unknown>;
    const workspace = await findWorkspaceByName(
      this.deps.knex,
      String(payload.workspace),
    );
    if (!workspace) return;
    const key = eventKey(payload);
    for (const trigger of await this.store.listening(workspace, eventType)) {
      if (!matchesFilter(trigger.filter, payload)) continue;
      if (!(await this.store.claimFire(trigger.id, key))) continue;
      try {
        const run = await this.deps.launcher.start(workspace, {
          pipelineId: trigger.pipelineId,
          params: trigger.params,
          trigger: {
            type: 'event',
            initiator: `event:${event.topic}`,
            event: payload,
          },
        });
        await this.store.settleFire(trigger.id, key, { runId: run.id });
      } catch (error) {
        await this.store.settleFire(trigger.id, key, {
          error: messageOf(error),
        });
        this.deps.logger.warn(
          `Trigger ${
            trigger.id
          } matched ${key} but its run did not start: ${messageOf(error)}`,
        );
      }
    }
  }
}
