import { InputError } from '@backstage/errors';
import {
  aiOpsDatasetReadPermission,
  aiOpsDatasetUpdatePermission,
  registerDatasetVersionRequestSchema,
  validateDatasetVersionRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { auditChange } from '../../service/auditChange';
import { AiOpsContext } from '../../service/AiOpsContext';
import { resolveLocation } from '../locations/resolveLocation';
import { computeValidation } from '../validation/computeValidation';
import { authorizeDataset } from './datasetAccess';
import { DatasetVersionStore } from './DatasetVersionStore';
import { datasetConnection, registerDatasetVersion } from './registerDatasetVersion';

const BASE = '/workspaces/:workspace/datasets/:dataset/versions';
const versionParamSchema = z.object({
  version: z.coerce.number().int().min(1),
});

/**
 * Versions of a dataset, registered by URI and read for real, and their
 * validation reports, computed on the data.
 */
export function createDatasetVersionRoutes(context: AiOpsContext) {
  const router = Router();
  const store = new DatasetVersionStore(context.knex);
  const versionOf = (req: Request) =>
    parseInput(versionParamSchema, req.params).version;

  router.get(BASE, async (req, res) => {
    const { dataset } = await authorizeDataset(
      context,
      req,
      aiOpsDatasetReadPermission,
    );
    res.json({ items: await store.list(dataset.id) });
  });

  router.post(BASE, async (req, res) => {
    const { workspace, dataset, actor } = await authorizeDataset(
      context,
      req,
      aiOpsDatasetUpdatePermission,
    );
    const target = parseInput(registerDatasetVersionRequestSchema, req.body);
    const version = await auditChange(
      context,
      req,
      'ai-ops.dataset.version.register',
      { workspace: workspace.name, dataset: dataset.name, ...target },
      async () => {
        const registered = await registerDatasetVersion(
          context,
          workspace,
          dataset,
          target,
          actor,
        );
        return { result: registered, meta: { after: registered } };
      },
    );
    res.status(201).json(version);
  });

  router.get(`${BASE}/:version`, async (req, res) => {
    const { dataset } = await authorizeDataset(
      context,
      req,
      aiOpsDatasetReadPermission,
    );
    res.json(await store.require(dataset, versionOf(req)));
  });

  router.post(`${BASE}/:version/validate`, async (req, res) => {
    const { workspace, dataset, actor } = await authorizeDataset(
      context,
      req,
      aiOpsDatasetUpdatePermission,
    );
    const version = await store.require(dataset, versionOf(req));
    const options = parseInput(
      validateDatasetVersionRequestSchema,
      req.body ?? {},
    );
    const baseline =
      options.baselineVersion === undefined
        ? undefined
        : await store.get(dataset.id, options.baselineVersion);
    if (options.baselineVersion !== undefined && !baseline) {
      throw new InputError(
        `baselineVersion: dataset '${dataset.name}' has no version ${options.baselineVersion}`,
      );
    }
    const connection = await datasetConnection(context, workspace, dataset);
    const locate = (uri: string) =>
      resolveLocation(
        context,
        workspace,
        connection,
        { uri },
        {
          actor,
          purpose: `validate version ${version.version} of dataset '${dataset.name}'`,
          req,
        },
      );
    const report = await auditChange(
      context,
      req,
      'ai-ops.dataset.version.validate',
      {
        workspace: workspace.name,
        dataset: dataset.name,
        version: version.version,
        baselineVersion: options.baselineVersion ?? null,
      },
      async () => {
        const computed = await computeValidation(
          dataset.format,
          await locate(version.storageUri),
          baseline && (await locate(baseline.storageUri)),
          options,
        );
        const stored = await store.addReport(
          version,
          options.baselineVersion,
          computed,
          actor,
        );
        return {
          result: stored,
          meta: { reportId: stored.id, status: stored.status },
        };
      },
    );
    res.status(201).json(report);
  });

  router.get(`${BASE}/:version/reports`, async (req, res) => {
    const { dataset } = await authorizeDataset(
      context,
      req,
      aiOpsDatasetReadPermission,
    );
    const version = await store.require(dataset, versionOf(req));
    res.json({ items: await store.reports(version) });
  });

  return router;
}
