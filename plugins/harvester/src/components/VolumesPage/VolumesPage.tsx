import { BackupsTable } from '../BackupsPage/BackupsTable';
import { UrlTabs } from '../shared/UrlTabs';
import { VolumesTab } from './VolumesTab';

/**
 * Volumes: the VM disks (PVCs) and, in a second tab, the snapshots that
 * hold them. Harvester snapshots a VM's volumes together, so the
 * snapshots are listed per VM.
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
          content: () => <BackupsTable type="snapshot" />,
        },
      ]}
    />
  );
}
