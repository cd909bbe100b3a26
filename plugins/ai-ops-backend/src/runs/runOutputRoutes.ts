import { NotFoundError } from '@backstage/errors';
import {
  aiOpsRunReadPermission,
  FINAL_STATES,
  followLogsQuerySchema,
} from '@internal/plugin-ai-ops-common';
import { ObjectStore } from '@internal/plugin-ai-ops-node';
import { parseInput } from '@internal/plugin-authz-node';
import { Response } from 'express';
import Router from 'express-promise-router';
import { Knex } from 'knex';
import { Readable } from 'node:stream';
import { AiOpsContext } from '../service/AiOpsContext';
import { authorizeWorkspace } from '../tenancy/workspaceAccess';
import { loadRun } from './runRoutes';
import { RunStore } from './RunStore';

const BASE = '/workspaces/:workspace/runs/:runId';
const FOLLOW_POLL_MS = 1000;

async function readFrom(store: ObjectStore, uri: string, offset: number) {
  if (!(await store.stat(uri))) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of await store.get(uri))
    chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).subarray(offset);
}

/**
 * Streams a task's log while it grows, until the task has ended (or the
 * client went away). Works from any backend: it reads the object store.
 */
async function followLog(
  knex: Knex,
  store: ObjectStore,
  taskId: string,
  res: Response,
) {
  let offset = 0;
  let closed = false;
  res.on('close', () => {
    closed = true;
  });
  while (!closed) {
    const task = await knex('tasks')
      .where({ id: taskId })
      .first('state', 'log_uri');
    if (task?.log_uri) {
      const more = await readFrom(store, task.log_uri, offset);
      offset += more.length;
      if (more.length) res.write(more);
      (res as unknown as { flush?: () => void }).flush?.();
    }
    if (!task || FINAL_STATES.includes(task.state)) break;
    await new Promise(resolve => setTimeout(resolve, FOLLOW_POLL_MS));
  }
  res.end();
}

/** A run's task logs and artifacts, read from the object store. */
export function createRunOutputRoutes(context: AiOpsContext, runs: RunStore) {
  const router = Router();
  const store = context.objectStore;

  router.get(`${BASE}/tasks/:taskId/logs`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsRunReadPermission,
    );
    const { follow } = parseInput(followLogsQuerySchema, req.query);
    const run = await loadRun(runs, workspace, req.params.runId);
    const task = (await runs.taskRows(run.id)).find(
      t => t.id === req.params.taskId || t.node_id === req.params.taskId,
    );
    if (!task)
      throw new NotFoundError(`No task ${req.params.taskId} in run ${run.id}`);
    res.type('text/plain; charset=utf-8');
    if (follow === 'true') {
      res.setHeader('Cache-Control', 'no-cache');
      res.flushHeaders();
      await followLog(context.knex, store, task.id, res);
      return;
    }
    res.send(task.log_uri ? await readFrom(store, task.log_uri, 0) : '');
  });

  router.get(`${BASE}/artifacts`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsRunReadPermission,
    );
    const run = await loadRun(runs, workspace, req.params.runId);
    res.json({ items: await runs.artifacts(run.id) });
  });

  router.get(`${BASE}/artifacts/:artifactId/content`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsRunReadPermission,
    );
    const run = await loadRun(runs, workspace, req.params.runId);
    const artifact = /^[0-9a-f-]{36}$/i.test(req.params.artifactId)
      ? await runs.artifact(run.id, req.params.artifactId)
      : undefined;
    if (!artifact)
      throw new NotFoundError(
        `No artifact ${req.params.artifactId} in run ${run.id}`,
      );
    const body: Readable = await store.get(artifact.uri);
    res.type(artifact.mediaType ?? 'application/octet-stream');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${artifact.name.replace(/"/g, '')}"`,
    );
    body.pipe(res);
  });

  return router;
}
