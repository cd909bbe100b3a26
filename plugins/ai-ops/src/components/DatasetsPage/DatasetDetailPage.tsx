import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex } from '@backstage/ui';
import {
  AsyncView,
  DetailHeading,
  ListTable,
  Panel,
  TagList,
  ToneChip,
  useDialog,
  withIds,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useLinks } from '../workspace/useLinks';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { DeleteDatasetDialog } from './DeleteDatasetDialog';
import { EditDatasetDialog } from './EditDatasetDialog';
import { LineagePanel } from './LineagePanel';
import { RegisterVersionDialog } from './RegisterVersionDialog';
import { ValidationPanel } from './ValidationPanel';
import { versionColumns } from './versionColumns';
import { VersionRunsPanel } from './VersionRunsPanel';
import { VersionSchema } from './VersionSchema';

/**
 * One dataset: its versions (the one in `?version=`, else the newest,
 * with its schema, partitions and validation), lineage, and registering
 * a new version; editing or deleting the dataset.
 */
export function DatasetDetailPage() {
  const { dataset: name = '' } = useParams();
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const links = useLinks();
  const [params] = useSearchParams();
  const loaded = useAsyncRetry(async () => {
    const [dataset, versions] = await Promise.all([
      api.getDataset(workspace, name),
      api.listDatasetVersions(workspace, name),
    ]);
    return { dataset, versions: versions.items };
  }, [api, workspace, name]);
  const dialog = useDialog<'register' | 'edit' | 'delete'>(loaded.retry);
  const navigate = useNavigate();
  const versionHref = (version: number) =>
    `${links.dataset(name)}&version=${version}`;

  return (
    <AsyncView result={loaded}>
      {({ dataset, versions }) => {
        const asked = Number(params.get('version'));
        const shown = versions.find(v => v.version === asked) ?? versions[0];
        return (
          <Flex direction="column" gap="4">
            <DetailHeading
              back={{ href: links.datasets, label: 'Datasets' }}
              title={dataset.title}
              badges={<ToneChip tone="neutral" label={dataset.format} />}
              subtitle={
                <>
                  {`${dataset.name} · owner ${dataset.owner} · ${dataset.entityRef}`}
                  <TagList label="Tags" tags={dataset.tags} />
                </>
              }
              actions={
                <Flex gap="2">
                  <Button
                    variant="secondary"
                    onPress={() => dialog.open('edit')}
                  >
                    Edit
                  </Button>
                  <Button
                    variant="secondary"
                    destructive
                    onPress={() => dialog.open('delete')}
                  >
                    Delete
                  </Button>
                  <Button
                    variant="primary"
                    onPress={() => dialog.open('register')}
                  >
                    Register version
                  </Button>
                </Flex>
              }
            />
            <Panel title="Versions" subtitle="newest first">
              <ListTable
                columns={versionColumns(versionHref)}
                rows={withIds(versions, v => String(v.version))}
                empty="No versions yet: register one."
              />
            </Panel>
            {shown ? (
              <>
                <VersionSchema version={shown} />
                <VersionRunsPanel
                  workspace={workspace}
                  dataset={dataset.name}
                  version={shown.version}
                />
                <ValidationPanel
                  workspace={workspace}
                  dataset={dataset.name}
                  version={shown.version}
                />
              </>
            ) : null}
            <LineagePanel workspace={workspace} dataset={dataset.name} />
            {dialog.subject === 'edit' ? (
              <EditDatasetDialog
                workspace={workspace}
                dataset={dataset}
                onCancel={dialog.close}
                onSaved={dialog.finish}
              />
            ) : null}
            {dialog.subject === 'delete' ? (
              <DeleteDatasetDialog
                workspace={workspace}
                dataset={dataset}
                versionCount={versions.length}
                onCancel={dialog.close}
                onDeleted={() => navigate(links.datasets)}
              />
            ) : null}
            {dialog.subject === 'register' ? (
              <RegisterVersionDialog
                workspace={workspace}
                dataset={dataset.name}
                onCancel={dialog.close}
                onRegistered={dialog.finish}
              />
            ) : null}
          </Flex>
        );
      }}
    </AsyncView>
  );
}
