import { useNavigate } from 'react-router-dom';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex } from '@backstage/ui';
import {
  DataSource,
  dataCatalogSourceManagePermission,
} from '@internal/plugin-data-catalog-common';
import { useDialog } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { ConfirmButton } from '../shared/ConfirmButton';
import { useCanOnSource } from '../shared/permissions';
import { SourceFormDialog } from './SourceFormDialog';
import { sourceFormOf, sourceSchemas, updateRequestOf } from './sourceForm';
import { TestSourceButton } from './TestSourceButton';

/**
 * What a manager of this source can do: sync now, test, edit, delete.
 * Nothing is shown to others.
 */
export function SourceActions(props: {
  source: DataSource;
  syncing: boolean;
  onSync(): void;
  onChanged(): void;
  catalogsHref: string;
}) {
  const { source } = props;
  const api = useApi(dataCatalogApiRef);
  const navigate = useNavigate();
  const editor = useDialog(props.onChanged);
  const canManage = useCanOnSource(
    dataCatalogSourceManagePermission,
    source.entityRef,
  );
  if (!canManage) return null;

  return (
    <Flex gap="2" align="center">
      <Button
        isDisabled={props.syncing}
        isPending={props.syncing}
        onPress={props.onSync}
      >
        Sync now
      </Button>
      <TestSourceButton sourceId={source.id} />
      <Button variant="secondary" onPress={() => editor.open(true)}>
        Edit
      </Button>
      <ConfirmButton
        label="Delete"
        question={`Delete ${source.title}? Its tables leave the catalog; the database itself is not touched.`}
        confirmLabel="Delete source"
        done="Source deleted"
        onConfirm={() => api.deleteSource(source.id)}
        onDone={() => navigate(props.catalogsHref)}
      />
      {editor.subject ? (
        <SourceFormDialog
          title={`Edit ${source.title}`}
          submitLabel="Save"
          initial={sourceFormOf(source)}
          isNew={false}
          schema={sourceSchemas.update}
          toRequest={updateRequestOf}
          send={request => api.updateSource(source.id, request)}
          done="Source saved"
          onClose={editor.close}
          onSaved={editor.finish}
        />
      ) : null}
    </Flex>
  );
}
