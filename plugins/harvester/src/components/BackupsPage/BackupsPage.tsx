import { Flex } from '@backstage/ui';
import { UrlTabs } from '@internal/portal-react';
import { useClusterFilter } from '../shared/useClusterFilter';
import { BackupsTable } from './BackupsTable';
import { BackupTargetNotice } from './BackupTargetNotice';
import { SchedulesTable } from './SchedulesTable';

/** Backup & Snapshot: VM backups, snapshots and their schedules. */
export function BackupsPage() {
  const { cluster } = useClusterFilter();
  return (
    <Flex direction="column" gap="4">
      <BackupTargetNotice cluster={cluster} />
      <UrlTabs
        label="Backup and snapshot sections"
        tabs={[
          {
            id: 'backups',
            label: 'Backups',
            content: () => <BackupsTable type="backup" />,
          },
          {
            id: 'snapshots',
            label: 'Snapshots',
            content: () => <BackupsTable type="snapshot" />,
          },
          {
            id: 'schedules',
            label: 'Schedules',
            content: () => <SchedulesTable />,
          },
        ]}
      />
    </Flex>
  );
}
