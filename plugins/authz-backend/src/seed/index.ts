import {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { PapWriter } from '../database';
import {
  administratorRoleName,
  applyBootstrapAdministrators,
  readBootstrapAdministrators,
} from './bootstrapAdministrators';
import { seedDefaultModel } from './seedDefaultModel';
import { defaultSeedModelPath, loadSeedModel } from './seedModel';

/**
 * At startup: the default roles and policies on a new database, then the
 * configured administrators on the administrator role.
 */
export async function seedPap(options: {
  writer: PapWriter;
  config: RootConfigService;
  logger: LoggerService;
}): Promise<void> {
  const { writer, config, logger } = options;
  const administrators = readBootstrapAdministrators(config);
  const model = await loadSeedModel(defaultSeedModelPath());
  if (await seedDefaultModel(writer, model)) {
    logger.info(
      `Seeded ${model.roles.length} roles and ${model.policies.length} policies`,
    );
  }
  const attached = await applyBootstrapAdministrators(writer, administrators);
  if (!attached && administrators.length > 0) {
    logger.warn(
      `There is no system role "${administratorRoleName}"; authz.bootstrap.administrators were not applied`,
    );
  } else if (attached?.length) {
    logger.info(
      `${administratorRoleName} attached to ${attached
        .map(h => h.ref)
        .join(', ')}`,
    );
  }
}
