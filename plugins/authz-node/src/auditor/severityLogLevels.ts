import {
  AuditorServiceEventSeverityLevel,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';

const logLevels = ['debug', 'info', 'warn', 'error'] as const;
export type AuditLogLevel = (typeof logLevels)[number];

const defaults: Record<AuditorServiceEventSeverityLevel, AuditLogLevel> = {
  low: 'debug',
  medium: 'info',
  high: 'info',
  critical: 'info',
};

/**
 * `backend.auditor.severityLogLevelMappings`, read as the default auditor
 * does (backend-defaults keeps its reader private), so that replacing the
 * auditor changes nothing about what is logged at which level.
 */
export function readSeverityLogLevels(
  config: RootConfigService,
): Record<AuditorServiceEventSeverityLevel, AuditLogLevel> {
  const mappings = config.getOptionalConfig(
    'backend.auditor.severityLogLevelMappings',
  );
  const result = { ...defaults };
  for (const severity of Object.keys(defaults) as Array<
    keyof typeof defaults
  >) {
    const value = mappings?.getOptionalString(severity);
    if (value === undefined) continue;
    if (!logLevels.includes(value as AuditLogLevel)) {
      throw new InputError(
        `The configuration value for 'backend.auditor.severityLogLevelMappings.${severity}' was given an invalid value: '${value}'. Expected one of the following valid values: '${logLevels.join(
          ', ',
        )}'.`,
      );
    }
    result[severity] = value as AuditLogLevel;
  }
  return result;
}
