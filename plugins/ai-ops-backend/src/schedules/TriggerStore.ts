import { NotFoundError } from '@backstage/errors';
import {
  CreateTriggerRequest,
  Trigger,
  TriggerEventType,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { isUuid } from '../database/idOrName';
import { isUniqueViolation } from '../database/insertUnique';
import { WorkspaceRow } from '../tenancy/workspaceRows';
import { toTrigger } from './scheduleRows';

export type TriggerFields = Required<CreateTriggerRequest> & {
  filter: Record<string, string>;
  params: Record<string, unknown>;
};

/** Event triggers of pipelines and the record of the events they fired on. */
export class TriggerStore {
  constructor(private readonly knex: Knex) {}

  async list(workspace: WorkspaceRow, pipelineId: string): Promise<Trigger[]> {
    const rows = await this.knex('triggers')
      .where({ workspace_id: workspace.id, pipeline_id: pipelineId })
      .orderBy(['created_at', 'id']);
    return rows.map(row => toTrigger(row, workspace.name));
  }

  /** The pipeline's trigger, or a 404 naming it. */
  async require(
    workspace: WorkspaceRow,
    pipelineId: string,
    id: string,
  ): Promise<Trigger> {
    const row =
      isUuid(id) &&
      (await this.knex('triggers')
        .where({ id, workspace_id: workspace.id, pipeline_id: pipelineId })
        .first());
    if (!row) throw new NotFoundError(`No trigger ${id} of this pipeline`);
    return toTrigger(row, workspace.name);
  }

  async create(
    workspace: WorkspaceRow,
    pipelineId: string,
    fields: TriggerFields,
    actor: string,
  ): Promise<Trigger> {
    const now = new Date();
    const id = randomUUID();
    await this.knex('triggers').insert({
      id,
      workspace_id: workspace.id,
      pipeline_id: pipelineId,
      event_type: fields.eventType,
      filter: JSON.stringify(fields.filter),
      params: JSON.stringify(fields.params),
      enabled: fields.enabled,
      created_by: actor,
      created_at: now,
      updated_at: now,
    });
    return this.require(workspace, pipelineId, id);
  }

  async setEnabled(
    workspace: WorkspaceRow,
    trigger: Trigger,
    enabled: boolean,
  ): Promise<Trigger> {
    await this.knex('triggers')
      .where('id', trigger.id)
      .update({ enabled, updated_at: new Date() });
    return this.require(workspace, trigger.pipelineId, trigger.id);
  }

  async delete(trigger: Trigger): Promise<void> {
    await this.knex.transaction(async tx => {
      await tx('trigger_fires').where('trigger_id', trigger.id).delete();
      await tx('triggers').where('id', trigger.id).delete();
    });
  }

  /** Enabled triggers of the workspace listening to this type of event. */
  async listening(
    workspace: WorkspaceRow,
    eventType: TriggerEventType,
  ): Promise<Trigger[]> {
    const rows = await this.knex('triggers')
      .where({
        workspace_id: workspace.id,
        event_type: eventType,
        enabled: true,
      })
      .orderBy('id');
    return rows.map(row => toTrigger(row, workspace.name));
  }

  /**
   * Claims one event for a trigger; false when it was claimed before (the
   * same event delivered twice, or to another replica).
   */
  async claimFire(triggerId: string, eventKey: string): Promise<boolean> {
    try {
      await this.knex('trigger_fires').insert({
        trigger_id: triggerId,
        event_key: eventKey,
        status: 'started',
        decided_at: new Date(),
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async settleFire(
    triggerId: string,
    eventKey: string,
    outcome: { runId: string } | { error: string },
  ): Promise<void> {
    await this.knex('trigger_fires')
      .where({ trigger_id: triggerId, event_key: eventKey })
      .update(
        'runId' in outcome
          ? { run_id: outcome.runId }
          : { status: 'failed', reason: outcome.error.slice(0, 1000) },
      );
  }
}
