import { NotFoundError } from '@backstage/errors';
import {
  aiOpsRunCreatePermission,
  aiOpsRunOperatePermission,
  aiOpsRunReadPermission,
  apiRunRequestSchema,
  listRunsQuerySchema,
  runActionRequestSchema,
  startRunRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import { Request } from 'express';
import Router from 'express-promise-router';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { authorizeWorkspace } from '../tenancy/workspaceAccess';
import { RunControl } from './RunControl';
import { DefaultRunLauncher } from './RunLauncher';
import { RunStore } from './RunStore';

const BASE = '/workspaces/:workspace/runs';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The run of the URL in the caller's workspace, or a 404. */
export async function loadRun(
  runs: RunStore,
  workspace: { id: string; name: string },
  runId: string,
) {
  const row = UUID.test(runId)
    ? await runs.getRow(workspace.id, runId)
    : undefined;
  if (!row)
    throw new NotFoundError(`No run ${runId} in workspace '${workspace.name}'`);
  return row;
}

/** Runs: list, read, start, and stop / pause / resume / re-run them. */
export function createRunRoutes(
  context: AiOpsContext,
  deps: { runs: RunStore; launcher: DefaultRunLauncher; control: RunControl },
) {
  const { runs, launcher, control } = deps;
  const router = Router();

  router.get(BASE, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsRunReadPermission,
    );
    res.json(
      await runs.list(workspace, parseInput(listRunsQuerySchema, req.query)),
    );
  });

  const start = async (
    req: Request,
    pipelineId: string,
    body: {
      version?: number;
      params?: Record<string, unknown>;
      queue?: string;
    },
    type: 'manual' | 'api',
  ) => {
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsRunCreatePermission,
    );
    return auditChange(
      context,
      req,
      'ai-ops-run-start',
      { workspace: workspace.name, pipelineId, trigger: type },
      async () => {
        const run = await launcher.start(workspace, {
          pipelineId,
          ...body,
          trigger: { type, initiator: actor },
        });
        return {
          result: run,
          meta: {
            after: {
              runId: run.id,
              runNumber: run.runNumber,
              version: run.pipelineVersion,
            },
          },
        };
      },
    );
  };

  router.post(
    '/workspaces/:workspace/pipelines/:pipelineId/runs',
    async (req, res) => {
      const body = parseInput(startRunRequestSchema, req.body ?? {});
      res
        .status(201)
        .json(await start(req, req.params.pipelineId, body, 'manual'));
    },
  );

  router.post(BASE, async (req, res) => {
    const { pipelineId, ...body } = parseInput(
      apiRunRequestSchema,
      req.body ?? {},
    );
    res.status(201).json(await start(req, pipelineId, body, 'api'));
  });

  router.get(`${BASE}/:runId`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsRunReadPermission,
    );
    const row = await loadRun(runs, workspace, req.params.runId);
    res.json(await runs.detail(row, workspace.name));
  });

  const actions = {
    stop: control.stop.bind(control),
    pause: control.pause.bind(control),
    resume: control.resume.bind(control),
  };
  for (const [action, act] of Object.entries(actions)) {
    router.post(`${BASE}/:runId/${action}`, async (req, res) => {
      const { workspace, actor } = await authorizeWorkspace(
        context,
        req,
        aiOpsRunOperatePermission,
      );
      const { reason } = parseInput(runActionRequestSchema, req.body ?? {});
      const before = await loadRun(runs, workspace, req.params.runId);
      const after = await auditChange(
        context,
        req,
        `ai-ops-run-${action}`,
        {
          workspace: workspace.name,
          runId: before.id,
          before: { state: before.state },
        },
        async () => {
          const moved = await act(workspace.id, before.id, {
            by: actor,
            reason,
          });
          return { result: moved, meta: { after: { state: moved.state } } };
        },
      );
      res.json(await runs.summary(after, workspace.name));
    });
  }

  for (const [action, fromFailed] of [
    ['rerun', false],
    ['rerun-failed', true],
  ] as const) {
    router.post(`${BASE}/:runId/${action}`, async (req, res) => {
      const { workspace, actor } = await authorizeWorkspace(
        context,
        req,
        aiOpsRunOperatePermission,
      );
      parseInput(runActionRequestSchema, req.body ?? {});
      const previous = await loadRun(runs, workspace, req.params.runId);
      const run = await auditChange(
        context,
        req,
        `ai-ops-run-${action}`,
        { workspace: workspace.name, runId: previous.id },
        async () => {
          const created = await launcher.rerun(
            workspace,
            previous,
            actor,
            fromFailed,
          );
          return {
            result: created,
            meta: { after: { runId: created.id, rerunOf: previous.id } },
          };
        },
      );
      res.status(201).json(run);
    });
  }

  return router;
}
