/**
 * The AI-Ops UI: a workspace's home, pipelines with their DAG view and
 * editor, runs with live state and logs, datasets with versions and
 * validation reports, connections, schedules and triggers, over the ai-ops
 * backend.
 *
 * @packageDocumentation
 */
export { aiOpsPlugin as default, aiOpsApi, aiOpsPage } from './plugin';
export { aiOpsApiRef } from './api/AiOpsApi';
export type { AiOpsApi } from './api/AiOpsApi';
export { AiOpsClient } from './api/AiOpsClient';
