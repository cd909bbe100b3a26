import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { authzChangedTopic } from '@internal/plugin-authz-common';
import {
  createDecisionPoint,
  decisionJournalServiceRef,
  PolicyEngine,
  readPdpConfig,
} from '@internal/plugin-authz-node';
import { AuthzApiClient } from './AuthzApiClient';
import { DecisionShipper } from './DecisionShipper';
import { OpaPermissionPolicy } from './OpaPermissionPolicy';

/**
 * Installs the OPA policy as the permission backend's only policy, keeps the
 * PAP data fresh on every replica and ships every decision to the audit log.
 */
export const permissionModuleOpaPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'opa-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        userInfo: coreServices.userInfo,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        events: eventsServiceRef,
        journal: decisionJournalServiceRef,
      },
      async init(deps) {
        const { config, logger, scheduler, events } = deps;
        const pdpConfig = readPdpConfig(config);
        const client = new AuthzApiClient(deps.discovery, deps.auth);
        const logDecisions =
          config.getOptionalBoolean('authz.pdp.decisionLog.enabled') ?? true;
        const shipper = new DecisionShipper({
          send: batch => client.postDecisions(batch),
          logger,
        });
        const engine = new PolicyEngine({
          point: await createDecisionPoint(pdpConfig),
          loadData: () => client.fetchPdpData(),
          fallback: pdpConfig.fallback,
          logger,
          journal: deps.journal,
          onDecision: logDecisions ? record => shipper.add(record) : undefined,
        });
        deps.policy.setPolicy(new OpaPermissionPolicy(engine, deps.userInfo));

        // Every replica hears the event; the poll catches a missed one.
        await events.subscribe({
          id: 'permission-opa-policy',
          topics: [authzChangedTopic],
          onEvent: async () => engine.reload(),
        });
        await scheduler.scheduleTask({
          id: 'authz-pdp-refresh',
          scope: 'local',
          frequency: { seconds: pdpConfig.refreshIntervalSeconds },
          timeout: { seconds: 30 },
          initialDelay: { seconds: 1 },
          fn: async () => engine.refresh(await client.fetchRevision()),
        });
        deps.lifecycle.addShutdownHook(() => shipper.flush());
        logger.info(
          `OPA permission policy: ${pdpConfig.engine} engine, fallback ${pdpConfig.fallback}`,
        );
      },
    });
  },
});
