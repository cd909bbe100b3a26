import {
  authzDecisionSimulatePermission,
  DryRunResponse,
  dryRunRequestSchema,
  ImpactResponse,
  impactRequestSchema,
} from '@internal/plugin-authz-common';
import { WasmDecisionPoint } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { randomUUID } from 'node:crypto';
import { AuthzRouterContext } from '../AuthzRouterContext';
import { parseInput } from '@internal/plugin-authz-node';
import { applyDraft } from './applyDraft';
import { CurrentDecisionPoint } from './CurrentDecisionPoint';
import { DryRunner } from './DryRunner';

/** The most users an impact analysis evaluates when none are named. */
const impactUserLimit = 1000;

/** `POST /dry-run` and `POST /dry-run/impact`: ask without acting. */
export function createDryRunRoutes(
  context: AuthzRouterContext,
  current: CurrentDecisionPoint,
) {
  const router = Router();
  const runner = new DryRunner(context);

  router.post('/dry-run', async (req, res) => {
    // Backends ask it too (as `/pdp/bundle`, any service principal may):
    // AI-Ops checks that an API key's creator may still do what it asks.
    const caller = await context.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    if (!context.auth.isPrincipal(caller, 'service')) {
      await context.authorize(req, authzDecisionSimulatePermission);
    }
    const body = parseInput(dryRunRequestSchema, req.body);
    const { revision, data, point } = await current.get();
    const prepared = runner.prepare(data, body.principal, body.permission);
    // A made-up principal brings its own bindings, hence its own data.
    const currentPoint =
      prepared.data === data
        ? point
        : await WasmDecisionPoint.create(prepared.data);
    const response: DryRunResponse = {
      decisionId: randomUUID(),
      revision,
      current: await runner.outcome(
        currentPoint,
        prepared.input,
        body.resourceRef,
      ),
    };
    if (body.draft) {
      const draftPoint = await WasmDecisionPoint.create(
        applyDraft(prepared.data, body.draft),
      );
      response.draft = await runner.outcome(
        draftPoint,
        prepared.input,
        body.resourceRef,
      );
      response.changed =
        response.draft.result !== response.current.result ||
        response.draft.resourceResult !== response.current.resourceResult;
    }
    res.json(response);
  });

  router.post('/dry-run/impact', async (req, res) => {
    await context.authorize(req, authzDecisionSimulatePermission);
    const body = parseInput(impactRequestSchema, req.body);
    const { data, point } = await current.get();
    const draftPoint = await WasmDecisionPoint.create(
      applyDraft(data, body.draft),
    );
    const userRefs =
      body.userRefs ?? Object.keys(data.users).slice(0, impactUserLimit);
    const response: ImpactResponse = { evaluated: 0, changes: [] };
    for (const userRef of userRefs) {
      for (const permission of body.permissions) {
        const { input } = runner.prepare(data, { userRef }, permission);
        const [before, after] = [
          await runner.outcome(point, input),
          await runner.outcome(draftPoint, input),
        ];
        response.evaluated++;
        if (before.result !== after.result) {
          response.changes.push({
            userRef,
            permission: permission.name,
            before: before.result,
            after: after.result,
          });
        }
      }
    }
    res.json(response);
  });

  return router;
}
