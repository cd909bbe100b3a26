import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Table } from '@backstage/ui';
import { useDialog, usePolling } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { DeleteDialog } from '../shared/DeleteDialog';
import { ListToolbar } from '../shared/ListToolbar';
import { useListFilter } from '../shared/useListFilter';
import { usePagedObjects } from '../shared/usePagedObjects';
import { CreateImageDialog } from './CreateImageDialog';
import { imageColumns, ImageRow, isArriving } from './imageColumns';
import { UploadImageDialog } from './UploadImageDialog';

/**
 * Images: VM images of the picked cluster, server-paged, created from a
 * URL or uploaded from a file. While any is pending, downloading or
 * uploading the list refreshes every 2 s to show its progress.
 */
export function ImagesPage() {
  const api = useApi(harvesterApiRef);
  const list = useListFilter();
  const images = usePagedObjects(query => api.listImages(query), list.query);
  usePolling((images.rows ?? []).some(isArriving), images.reload, 2000);
  const create = useDialog(images.reload);
  const upload = useDialog(images.reload);
  const remove = useDialog<ImageRow>(images.reload);

  return (
    <Flex direction="column" gap="4">
      <ListToolbar noun="images" list={list}>
        <Button onPress={() => create.open(true)}>Create image</Button>
        <Button variant="secondary" onPress={() => upload.open(true)}>
          Upload image
        </Button>
      </ListToolbar>
      <Table
        {...images.tableProps}
        columnConfig={imageColumns({
          showCluster: !list.cluster,
          onDelete: remove.open,
        })}
        emptyState="No images match these filters."
      />
      {create.subject ? (
        <CreateImageDialog
          cluster={list.cluster}
          onCancel={create.close}
          onCreated={create.finish}
        />
      ) : null}
      {upload.subject ? (
        <UploadImageDialog
          cluster={list.cluster}
          onCancel={upload.close}
          onCreated={upload.finish}
        />
      ) : null}
      <DeleteDialog
        dialog={remove}
        label={i => `image ${i.displayName}`}
        consequence={i =>
          `The image ${i.displayName} is deleted from ${i.cluster}. Delete the volumes made from it first.`
        }
        onDelete={i => api.deleteImage(i)}
      />
    </Flex>
  );
}
