import { aiOpsRunReadPermission } from '@internal/plugin-ai-ops-common';
import { Response } from 'express';
import Router from 'express-promise-router';
import { AiOpsContext } from '../service/AiOpsContext';
import { authorizeWorkspace } from '../tenancy/workspaceAccess';
import { RunEvents } from './RunEvents';
import { loadRun } from './runRoutes';
import { RunStore } from './RunStore';

/**
 * Server-sent events (`event: run` / `event: task`, JSON data) of a
 * workspace or one run, with a comment line as heartbeat so proxies keep
 * the stream open. Clients read it with fetch streaming (Authorization
 * header), so it is authenticated like every other route.
 */
export function createRunStreamRoutes(
  context: AiOpsContext,
  runs: RunStore,
  events: RunEvents,
  heartbeatMs = 15_000,
) {
  const router = Router();

  const stream = (
    res: Response,
    scope: { workspace: string; runId?: string },
  ) => {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    const send = (text: string) => {
      res.write(text);
      // The root router's compression buffers unless flushed.
      (res as unknown as { flush?: () => void }).flush?.();
    };
    send(': connected\n\n');
    const unsubscribe = events.subscribe(scope, event => {
      const data = event.type === 'run' ? event.run : event.task;
      send(`event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`);
    });
    const heartbeat = setInterval(() => send(': heartbeat\n\n'), heartbeatMs);
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  };

  router.get('/workspaces/:workspace/runs/events', async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsRunReadPermission,
    );
    stream(res, { workspace: workspace.name });
  });

  router.get('/workspaces/:workspace/runs/:runId/events', async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsRunReadPermission,
    );
    const run = await loadRun(runs, workspace, req.params.runId);
    stream(res, { workspace: workspace.name, runId: run.id });
  });

  return router;
}
