import {
  LoggerService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { EventsService } from '@backstage/plugin-events-node';
import { auditSettingsSchema } from '@internal/plugin-authz-common';
import { portalAuditTopic } from '@internal/plugin-authz-node';
import { AuditStore } from './AuditStore';
import {
  auditorEventToChange,
  portalAuditPayloadSchema,
} from './auditorEventToChange';
import { defaultRetentionDays } from './auditSettings';

const retentionDaysKey = 'authz.audit.retentionDays';
const retentionFrequencyKey = 'authz.audit.retentionFrequency';

function readRetentionDays(config: RootConfigService): number {
  const retentionDays =
    config.getOptionalNumber(retentionDaysKey) ?? defaultRetentionDays;
  const parsed = auditSettingsSchema.safeParse({ retentionDays });
  if (!parsed.success) {
    throw new InputError(
      `${retentionDaysKey}: ${parsed.error.issues[0].message}`,
    );
  }
  return retentionDays;
}

/**
 * What the audit log does on its own: seeds the retention setting from
 * config, purges old entries on a schedule (once across replicas), and
 * stores every plugin's finished auditor events as changes.
 */
export async function startAuditBackgroundWork(options: {
  auditStore: AuditStore;
  scheduler: SchedulerService;
  events: EventsService;
  config: RootConfigService;
  logger: LoggerService;
}): Promise<void> {
  const { auditStore, scheduler, events, config, logger } = options;

  await auditStore.seedSettings({ retentionDays: readRetentionDays(config) });

  await scheduler.scheduleTask({
    id: 'authz-audit-retention',
    scope: 'global',
    frequency: config.has(retentionFrequencyKey)
      ? readDurationFromConfig(config, { key: retentionFrequencyKey })
      : { hours: 1 },
    timeout: { minutes: 30 },
    fn: async () => {
      const { retentionDays } = await auditStore.settings();
      const purged = await auditStore.purgeOlderThan(retentionDays);
      logger.info(
        `Audit retention: deleted ${purged} entries older than ${retentionDays} days`,
      );
    },
  });

  await events.subscribe({
    id: 'authz-audit',
    topics: [portalAuditTopic],
    onEvent: async ({ eventPayload }) => {
      const parsed = portalAuditPayloadSchema.safeParse(eventPayload);
      if (!parsed.success) {
        logger.warn(
          `Ignored a malformed ${portalAuditTopic} event: ${parsed.error.message}`,
        );
        return;
      }
      await auditStore.recordChangeNow(auditorEventToChange(parsed.data));
    },
  });
}
