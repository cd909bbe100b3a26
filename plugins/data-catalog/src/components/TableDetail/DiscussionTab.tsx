import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex } from '@backstage/ui';
import {
  DataAssetDetail,
  dataCatalogDiscussionCreatePermission,
  dataCatalogDiscussionModeratePermission,
} from '@internal/plugin-data-catalog-common';
import { AsyncView, EmptyText, Panel } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { useCan } from '../shared/permissions';
import { useCurrentUserRef } from '../shared/useCurrentUserRef';
import { DiscussionThreadCard } from './DiscussionThreadCard';
import { NewDiscussionForm } from './NewDiscussionForm';

/** Questions and answers about the table, open ones first. */
export function DiscussionTab(props: { detail: DataAssetDetail }) {
  const { detail } = props;
  const api = useApi(dataCatalogApiRef);
  const canCreate = useCan(dataCatalogDiscussionCreatePermission);
  const canModerate = useCan(dataCatalogDiscussionModeratePermission);
  const me = useCurrentUserRef();
  const threads = useAsyncRetry(
    () => api.listDiscussions(detail.entityRef),
    [api, detail.entityRef],
  );

  return (
    <Flex direction="column" gap="4">
      {canCreate ? (
        <Panel title="Ask a question">
          <NewDiscussionForm
            entityRef={detail.entityRef}
            columns={detail.columns.map(column => column.name)}
            onCreated={threads.retry}
          />
        </Panel>
      ) : null}
      <AsyncView result={threads}>
        {list =>
          list.length === 0 ? (
            <EmptyText>No discussions yet.</EmptyText>
          ) : (
            [...list]
              .sort((a, b) => Number(a.resolved) - Number(b.resolved))
              .map(thread => (
                <DiscussionThreadCard
                  key={thread.id}
                  thread={thread}
                  canReply={canCreate}
                  canModerate={canModerate || thread.author === me}
                  onChanged={threads.retry}
                />
              ))
          )
        }
      </AsyncView>
    </Flex>
  );
}
