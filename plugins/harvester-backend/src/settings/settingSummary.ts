import { ClusterSetting } from '@internal/plugin-harvester-common';
import { Setting } from '../kube/types/Setting';

/** Harvester treats an empty value as "use the default". */
export function toClusterSetting(
  cluster: string,
  setting: Setting,
): ClusterSetting {
  const value = setting.value || undefined;
  return {
    cluster,
    name: setting.metadata.name,
    ...(value !== undefined ? { value } : {}),
    ...(setting.default !== undefined ? { default: setting.default } : {}),
    customized: value !== undefined && value !== setting.default,
  };
}

const SENSITIVE = /secret|password/i;

/** What the audit log may record of a setting's value. */
export function auditableValue(name: string, value: string | undefined) {
  if (value === undefined || !SENSITIVE.test(name)) return value;
  return '********';
}
