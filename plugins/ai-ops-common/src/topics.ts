/** Events the AI-Ops backend publishes on the Backstage events service. */
export const AI_OPS_TOPICS = {
  /** A run or task changed state: `{ workspace, runId, taskId?, state }`. */
  runChanged: 'ai-ops.run.changed',
  /** A dataset version was registered: `{ workspace, datasetId, version }`. */
  datasetVersionCreated: 'ai-ops.dataset.version-created',
  /** A workspace's spending crossed a budget threshold this month. */
  budgetAlert: 'ai-ops.budget.alert',
  /** Pipelines or datasets were created, changed or deleted: `{ workspace }`. */
  entitiesChanged: 'ai-ops.entities.changed',
} as const;
