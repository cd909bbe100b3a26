import { ConflictError } from '@backstage/errors';
import { RunSummary } from '@internal/plugin-ai-ops-common';
import { randomUUID } from 'node:crypto';
import { RunLauncher, StartRunRequest } from '../../runs/RunLauncher';
import { EMPTY_PROGRESS } from '../../runs/runRows';
import { WorkspaceRow } from '../../tenancy/workspaceRows';

export type RecordedStart = { workspace: string } & StartRunRequest & {
    runId: string;
  };

/**
 * A test double of the execution area's RunLauncher: records each start
 * and answers a PENDING run. Runs count as active until `finish`; `refuse`
 * makes starts fail as a blocking budget does.
 */
export class RecordingRunLauncher implements RunLauncher {
  readonly starts: RecordedStart[] = [];
  private readonly active = new Set<string>();
  refuse?: string;

  async start(
    workspace: WorkspaceRow,
    request: StartRunRequest,
  ): Promise<RunSummary> {
    if (this.refuse) throw new ConflictError(this.refuse);
    const runId = randomUUID();
    this.starts.push({ workspace: workspace.name, ...request, runId });
    this.active.add(runId);
    return {
      id: runId,
      workspace: workspace.name,
      pipelineId: request.pipelineId,
      pipelineVersion: 1,
      runNumber: this.starts.length,
      state: 'PENDING',
      trigger: request.trigger.type,
      initiator: request.trigger.initiator,
      scheduleId: request.trigger.scheduleId,
      queue: request.queue ?? 'default',
      priority: 0,
      createdAt: new Date().toISOString(),
      progress: { ...EMPTY_PROGRESS },
      usage: { cpuSeconds: 0, peakMemoryBytes: 0, gpuHours: 0 },
      cost: 0,
    };
  }

  async countActive(
    _workspaceId: string,
    pipelineId: string,
    scheduleId?: string,
  ): Promise<number> {
    return this.starts.filter(
      s =>
        this.active.has(s.runId) &&
        s.pipelineId === pipelineId &&
        (scheduleId === undefined || s.trigger.scheduleId === scheduleId),
    ).length;
  }

  /** The run is no longer active. */
  finish(runId: string) {
    this.active.delete(runId);
  }
}
