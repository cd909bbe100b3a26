import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Table } from '@backstage/ui';
import { useDialog } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { DeleteDialog } from '../shared/DeleteDialog';
import { ListToolbar } from '../shared/ListToolbar';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';
import { useListFilter } from '../shared/useListFilter';
import { usePagedObjects } from '../shared/usePagedObjects';
import { useSettlingList } from '../shared/useSettlingList';
import { CreateVolumeDialog } from './CreateVolumeDialog';
import { ExpandVolumeDialog } from './ExpandVolumeDialog';
import { isSettling, VolumeRow, volumeColumns } from './volumeColumns';

/**
 * The volumes (PVCs) of the picked cluster, server-paged, with their
 * changes. After a change the list follows it until it shows, and keeps
 * following volumes Longhorn is still provisioning or resizing.
 */
export function VolumesTab() {
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const list = useListFilter();
  const volumes = usePagedObjects(query => api.listVolumes(query), list.query);
  const { afterChange } = useSettlingList(
    volumes.rows,
    volumes.reload,
    isSettling,
  );
  const create = useDialog(afterChange);
  const expand = useDialog<VolumeRow>(afterChange);
  const remove = useDialog<VolumeRow>(afterChange);

  return (
    <Flex direction="column" gap="4">
      <ListToolbar noun="volumes" list={list}>
        <Button onPress={() => create.open(true)}>Create volume</Button>
      </ListToolbar>
      <Table
        {...volumes.tableProps}
        columnConfig={volumeColumns({
          links,
          showCluster: !list.cluster,
          onExpand: expand.open,
          onDelete: remove.open,
        })}
        emptyState="No volumes match these filters."
      />
      {create.subject ? (
        <CreateVolumeDialog
          cluster={list.cluster}
          onCancel={create.close}
          onCreated={create.finish}
        />
      ) : null}
      {expand.subject ? (
        <ExpandVolumeDialog
          volume={expand.subject}
          onCancel={expand.close}
          onExpanded={expand.finish}
        />
      ) : null}
      <DeleteDialog
        dialog={remove}
        label={v => `volume ${v.name}`}
        consequence={v =>
          `The volume ${v.name} in ${v.cluster}/${v.namespace} and its data are deleted.`
        }
        onDelete={v => api.deleteVolume(v)}
      />
    </Flex>
  );
}
