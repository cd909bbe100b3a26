import { UrlTabs } from '@internal/portal-react';
import { VolumeSnapshotsTab } from './VolumeSnapshotsTab';
import { VolumesTab } from './VolumesTab';

/**
 * Volumes: the VM disks (PVCs) and, in a second tab, the volume snapshots
 * taken of them (VM snapshots and backups are on Backup & Snapshot).
 */
export function VolumesPage() {
  return (
    <UrlTabs
      label="Volume sections"
      tabs={[
        { id: 'volumes', label: 'Volumes', content: () => <VolumesTab /> },
        {
          id: 'snapshots',
          label: 'Volume snapshots',
          content: () => <VolumeSnapshotsTab />,
        },
      ]}
    />
  );
}
