import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Link } from '@backstage/ui';
import type { ClusterSetting } from '@internal/plugin-harvester-common';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { BACKUP_TARGET_SETTING } from '../AdvancedPage/backupTarget';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';

/** Harvester refuses backups while the setting names no target. */
function isUnset(setting: ClusterSetting): boolean {
  return !(setting.value || setting.default);
}

/**
 * A warning per cluster of `cluster` (all: undefined) whose backup target
 * is empty, linking to its Advanced settings; snapshots still work.
 */
export function BackupTargetNotice(props: { cluster?: string }) {
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const unset = useAsync(async () => {
    const settings = await api.listSettings({ cluster: props.cluster });
    return settings.filter(s => s.name === BACKUP_TARGET_SETTING && isUnset(s));
  }, [api, props.cluster]);

  return (
    <>
      {(unset.value ?? []).map(setting => (
        <Alert
          key={setting.cluster}
          status="warning"
          icon
          title={`No backup target on ${setting.cluster}: backups fail until one is set (snapshots still work).`}
          description={
            <Link
              href={links.section('advanced', {
                cluster: setting.cluster,
                q: BACKUP_TARGET_SETTING,
              })}
            >
              Set the backup target of {setting.cluster} in Advanced
            </Link>
          }
        />
      ))}
    </>
  );
}
