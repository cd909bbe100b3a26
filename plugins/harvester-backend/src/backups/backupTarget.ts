import { ConflictError } from '@backstage/errors';
import { ObjectReader } from '../kube/ObjectReader';
import { Setting } from '../kube/types/Setting';

/** The Harvester Setting that holds where backups go (Advanced > Settings). */
export const BACKUP_TARGET_SETTING = 'backup-target';

/**
 * Harvester refuses `type: backup` without a backup target: the setting's
 * value (else its default) must name a type or an endpoint, like its
 * webhook's `IsDefaultBackupTarget` check.
 */
export async function requireBackupTarget(
  reader: ObjectReader,
  cluster: string,
  settingName: string = BACKUP_TARGET_SETTING,
): Promise<void> {
  const setting = (await reader.get('setting', undefined, settingName)) as
    | Setting
    | undefined;
  if (!isConfigured(setting?.value || setting?.default || '')) {
    throw new ConflictError(
      `Cluster ${cluster} has no backup target: configure the ${settingName} setting (Advanced > Settings) before taking backups, or take a snapshot`,
    );
  }
}

function isConfigured(raw: string): boolean {
  try {
    const target = JSON.parse(raw) as { type?: string; endpoint?: string };
    return Boolean(target?.type || target?.endpoint);
  } catch {
    return false;
  }
}
