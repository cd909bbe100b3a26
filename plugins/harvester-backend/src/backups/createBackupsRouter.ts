import { ResourcePermission } from '@backstage/plugin-permission-common';
import { parseInput } from '@internal/plugin-authz-node';
import {
  HARVESTER_VM_RESOURCE_TYPE,
  harvesterVmBackupPermission,
  harvesterVmReadPermission,
  listQuerySchema,
  vmBackupCreateSchema,
  vmRestoreSchema,
} from '@internal/plugin-harvester-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { listRoute } from '../resources/listRoute';
import { loadPermittedObject } from '../resources/loadPermittedObject';
import { requireUser } from '../resources/requireUser';
import { HarvesterContext } from '../service/HarvesterContext';
import { loadPermittedVm } from '../vms/loadVm';
import { loadBackupSchedules } from './backupSchedules';
import { BackupObject, backupResource } from './backupSummary';
import { BACKUP_TARGET_SETTING } from './backupTarget';
import { createBackup } from './createBackup';
import { deleteBackup } from './deleteBackup';
import { loadBackups } from './listBackups';
import { restoreBackup } from './restoreBackup';

const backupListQuerySchema = listQuerySchema.extend({
  type: z.enum(['backup', 'snapshot']).optional(),
});

const ITEM = '/clusters/:cluster/namespaces/:namespace/backups/:name';

export type BackupsRouterOptions = {
  /** The Setting that holds the backup target; tests use their own. */
  backupTargetSetting?: string;
};

/** VM backups and snapshots: list, take, restore, delete; backup schedules. */
export async function createBackupsRouter(
  context: HarvesterContext,
  options: BackupsRouterOptions = {},
): Promise<express.Router> {
  const backupTargetSetting =
    options.backupTargetSetting ?? BACKUP_TARGET_SETTING;
  const router = Router();
  const user = requireUser(context);
  const permittedBackup = (
    req: express.Request,
    permission: ResourcePermission,
  ) =>
    loadPermittedObject<BackupObject>(context, req, {
      kind: 'backup',
      label: 'Backup',
      permission,
      resourceType: HARVESTER_VM_RESOURCE_TYPE,
      resourceOf: async ({ reader, ownership, object, ref }) =>
        backupResource(
          ownership,
          object,
          await reader.get('vm', ref.namespace, object.spec?.source.name ?? ''),
        ),
    });

  router.get(
    '/backups',
    user,
    listRoute(context, {
      permission: harvesterVmReadPermission,
      schema: backupListQuerySchema,
      load: (scope, query) => loadBackups(scope, query.type),
    }),
  );

  router.get(
    '/backup-schedules',
    user,
    listRoute(context, {
      permission: harvesterVmReadPermission,
      load: loadBackupSchedules,
    }),
  );

  router.post(
    '/clusters/:cluster/namespaces/:namespace/vms/:name/backups',
    user,
    async (req, res) => {
      const request = parseInput(vmBackupCreateSchema, req.body);
      const source = await loadPermittedVm(
        context,
        req,
        harvesterVmBackupPermission,
      );
      res
        .status(201)
        .json(
          await createBackup(
            context,
            req,
            source,
            request,
            backupTargetSetting,
          ),
        );
    },
  );

  router.post(`${ITEM}/restore`, user, async (req, res) => {
    const request = parseInput(vmRestoreSchema, req.body);
    const backup = await permittedBackup(req, harvesterVmReadPermission);
    res.status(201).json(await restoreBackup(context, req, backup, request));
  });

  router.delete(ITEM, user, async (req, res) => {
    const backup = await permittedBackup(req, harvesterVmBackupPermission);
    res.json(await deleteBackup(context, req, backup));
  });

  return router;
}
