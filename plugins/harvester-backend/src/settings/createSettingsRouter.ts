import { NotFoundError } from '@backstage/errors';
import { parseInput } from '@internal/plugin-authz-node';
import {
  harvesterClusterManagePermission,
  listQuerySchema,
  settingUpdateSchema,
} from '@internal/plugin-harvester-common';
import express from 'express';
import Router from 'express-promise-router';
import { clusterResource } from '../clusters/clusterResource';
import { Setting } from '../kube/types/Setting';
import { fromReadableClusters } from '../resources/fromReadableClusters';
import { requireUser } from '../resources/requireUser';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { auditableValue, toClusterSetting } from './settingSummary';
import { validateSettingValue } from './validateSettingValue';

const clusterQuerySchema = listQuerySchema.pick({ cluster: true });

/** Advanced > Settings: Harvester's cluster-wide `Setting` objects. */
export async function createSettingsRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();

  router.get('/settings', requireUser(context), async (req, res) => {
    const query = parseInput(clusterQuerySchema, req.query);
    const settings = await fromReadableClusters(
      context,
      req,
      query.cluster,
      async handle => {
        const objects = (await handle
          .readerFor(req)
          .list('setting')) as Setting[];
        return objects.map(s => toClusterSetting(handle.name, s));
      },
    );
    res.json(
      settings.sort(
        (a, b) =>
          a.cluster.localeCompare(b.cluster) || a.name.localeCompare(b.name),
      ),
    );
  });

  router.put('/clusters/:cluster/settings/:name', async (req, res) => {
    await context.httpAuth.credentials(req, { allow: ['user'] });
    const handle = context.clusters.get(req.params.cluster);
    await context.harvesterAuth.requireAllowed(
      req,
      harvesterClusterManagePermission,
      clusterResource(handle),
    );
    const { name } = req.params;
    const { value } = parseInput(settingUpdateSchema, req.body);
    if (value !== null) validateSettingValue(name, value);
    const setting = (await handle
      .readerFor(req)
      .get('setting', undefined, name)) as Setting | undefined;
    if (!setting) {
      throw new NotFoundError(`Cluster ${handle.name} has no setting ${name}`);
    }
    const updated = await auditChange(
      context,
      req,
      'setting-update',
      {
        cluster: handle.name,
        name,
        before: auditableValue(name, setting.value) ?? null,
        after: auditableValue(name, value ?? undefined) ?? null,
      },
      async () => {
        // A merge patch with null removes the value: Harvester uses the default.
        const written = (await handle
          .clientFor(req)
          .patch('setting', undefined, name, { value })) as Setting;
        return { result: toClusterSetting(handle.name, written) };
      },
    );
    res.json(updated);
  });

  return router;
}
