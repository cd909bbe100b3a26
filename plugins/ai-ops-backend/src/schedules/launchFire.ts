import { RunSummary, Schedule } from '@internal/plugin-ai-ops-common';
import { RunLauncher } from '../runs/RunLauncher';
import { WorkspaceRow } from '../tenancy/workspaceRows';
import { ScheduleStore } from './ScheduleStore';

/**
 * Starts the run of a claimed fire with the schedule's params and records
 * the outcome on the fire: its run, or (thrown on) why it did not start.
 */
export async function launchFire(
  store: ScheduleStore,
  launcher: RunLauncher,
  workspace: WorkspaceRow,
  schedule: Schedule,
  fireTime: Date,
): Promise<RunSummary> {
  try {
    const run = await launcher.start(workspace, {
      pipelineId: schedule.pipelineId,
      params: schedule.params,
      trigger: {
        type: 'schedule',
        initiator: `schedule:${schedule.id}`,
        scheduleId: schedule.id,
      },
    });
    await store.settleFire(schedule.id, fireTime, { runId: run.id });
    return run;
  } catch (error) {
    await store.settleFire(schedule.id, fireTime, {
      error: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
}
