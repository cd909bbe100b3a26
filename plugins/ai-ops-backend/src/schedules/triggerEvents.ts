import {
  AI_OPS_TOPICS,
  DatasetVersionCreatedEvent,
  TriggerEventType,
} from '@internal/plugin-ai-ops-common';

/**
 * The topic each trigger event type arrives on, the payload fields a
 * trigger's filter may name, and what identifies one event (so that a
 * trigger fires once per event, however often it is delivered). Drift,
 * alert and feedback events come with later issues; their triggers are
 * stored and wait.
 */
export const TRIGGER_EVENTS: Partial<
  Record<
    TriggerEventType,
    {
      topic: string;
      filterKeys: string[];
      eventKey(payload: Record<string, unknown>): string;
    }
  >
> = {
  'dataset-version': {
    topic: AI_OPS_TOPICS.datasetVersionCreated,
    filterKeys: [
      'datasetId',
      'dataset',
      'version',
      'storageUri',
      'sourceRunId',
    ] satisfies (keyof DatasetVersionCreatedEvent)[],
    eventKey: payload => `dataset:${payload.datasetId}:v${payload.version}`,
  },
};

/** True when every filter field equals the payload's (as text). */
export function matchesFilter(
  filter: Record<string, string>,
  payload: Record<string, unknown>,
): boolean {
  return Object.entries(filter).every(
    ([key, value]) =>
      payload[key] !== undefined && String(payload[key]) === value,
  );
}
