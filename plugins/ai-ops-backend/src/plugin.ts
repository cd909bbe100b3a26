import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import {
  createRouteAuthorizer,
  decisionJournalServiceRef,
} from '@internal/plugin-authz-node';
import { aiOpsPermissions } from '@internal/plugin-ai-ops-common';
import {
  aiOpsExecutorsExtensionPoint,
  TaskExecutor,
} from '@internal/plugin-ai-ops-node';
import { lineageServiceRef } from '@internal/plugin-data-catalog-node';
import { applyDatabaseMigrations } from './database/migrations';
import { startDemoContent } from './demo/startDemoContent';
import { LocalTaskExecutor } from './executors/local/LocalTaskExecutor';
import { startExecution } from './runs/startExecution';
import { startSchedules } from './schedules/startSchedules';
import { AiOpsContext } from './service/AiOpsContext';
import { createRouter } from './service/router';
import { createObjectStore } from './storage/createObjectStore';
import { registerWorkspaceResourceType } from './tenancy/registerWorkspaceResourceType';
import { API_KEY_ROUTES_PREFIX } from './apiKeys/keyRunRoutes';
import { SecretCipher } from './secrets/SecretCipher';
import { readSecretStoreKeys } from './secrets/secretStoreKeys';

/**
 * The AI-Ops family's backend under `/api/ai-ops`: organisations and
 * workspaces, pipelines and their versions, runs and tasks on pluggable
 * executors, data, schedules and triggers, cost and budgets.
 */
export const aiOpsPlugin = createBackendPlugin({
  pluginId: 'ai-ops',
  register(env) {
    const added: TaskExecutor[] = [];
    env.registerExtensionPoint(aiOpsExecutorsExtensionPoint, {
      addExecutor(...executors) {
        added.push(...executors);
      },
    });

    env.registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        events: eventsServiceRef,
        journal: decisionJournalServiceRef,
        lineage: lineageServiceRef,
      },
      async init(deps) {
        const knex = await deps.database.getClient();
        if (!deps.database.migrations?.skip) {
          await applyDatabaseMigrations(knex);
        }
        const objectStore = await createObjectStore(deps.config, deps.logger);
        const executors = new Map<string, TaskExecutor>();
        for (const executor of [
          LocalTaskExecutor.fromConfig(deps.config, deps.logger, objectStore),
          ...added,
        ]) {
          executors.set(executor.id, executor);
        }
        const context: AiOpsContext = {
          logger: deps.logger,
          config: deps.config,
          knex,
          auth: deps.auth,
          httpAuth: deps.httpAuth,
          discovery: deps.discovery,
          permissions: deps.permissions,
          authorize: createRouteAuthorizer({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            journal: deps.journal,
          }),
          auditor: deps.auditor,
          events: deps.events,
          scheduler: deps.scheduler,
          lifecycle: deps.lifecycle,
          lineage: deps.lineage,
          objectStore,
          executors,
          secretCipher: new SecretCipher(
            readSecretStoreKeys(deps.config, deps.logger),
          ),
        };

        deps.permissionsRegistry.addPermissions(aiOpsPermissions);
        registerWorkspaceResourceType(deps.permissionsRegistry, knex);
        await startDemoContent(context);
        const execution = await startExecution(context);
        await startSchedules(context, execution.launcher);
        deps.httpRouter.use(await createRouter(context, execution));
        // API keys authenticate themselves (X-AI-Ops-Key), without a token.
        deps.httpRouter.addAuthPolicy({
          path: API_KEY_ROUTES_PREFIX,
          allow: 'unauthenticated',
        });
      },
    });
  },
});
