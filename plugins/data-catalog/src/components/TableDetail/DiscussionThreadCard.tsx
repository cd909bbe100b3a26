import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Button,
  Card,
  CardBody,
  CardHeader,
  Flex,
  Text,
  TextAreaField,
} from '@backstage/ui';
import type { DiscussionThread } from '@internal/plugin-data-catalog-common';
import { ErrorNote, ToneChip, useMutation } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { Byline } from '../shared/Byline';
import { ConfirmButton } from '../shared/ConfirmButton';

/**
 * One thread with its replies. Anyone who may discuss can reply; the author
 * and moderators can resolve (or reopen) and delete it.
 */
export function DiscussionThreadCard(props: {
  thread: DiscussionThread;
  canReply: boolean;
  canModerate: boolean;
  onChanged(): void;
}) {
  const { thread } = props;
  const api = useApi(dataCatalogApiRef);
  const [reply, setReply] = useState('');
  const mutation = useMutation();

  const send = async (change: () => Promise<unknown>, done: string) => {
    if (await mutation.run(change, done)) {
      setReply('');
      props.onChanged();
    }
  };

  return (
    <Card role="article" aria-label={thread.title}>
      <CardHeader>
        <Flex justify="between" align="center" gap="2">
          <Flex align="center" gap="2">
            <Text as="h3" variant="title-x-small">
              {thread.title}
            </Text>
            {thread.column ? (
              <ToneChip tone="neutral" label={`column ${thread.column}`} />
            ) : null}
            <ToneChip
              tone={thread.resolved ? 'success' : 'info'}
              label={thread.resolved ? 'resolved' : 'open'}
            />
          </Flex>
          {props.canModerate ? (
            <Flex gap="2">
              <Button
                size="small"
                variant="secondary"
                onPress={() =>
                  send(
                    () =>
                      api.setDiscussionResolved(thread.id, !thread.resolved),
                    thread.resolved
                      ? 'Discussion reopened'
                      : 'Discussion resolved',
                  )
                }
              >
                {thread.resolved ? 'Reopen' : 'Resolve'}
              </Button>
              <ConfirmButton
                size="small"
                label="Delete"
                question={`Delete “${thread.title}” and its replies?`}
                confirmLabel="Delete discussion"
                done="Discussion deleted"
                onConfirm={() => api.deleteDiscussion(thread.id)}
                onDone={props.onChanged}
              />
            </Flex>
          ) : null}
        </Flex>
        <Byline actor={thread.author} at={thread.createdAt} />
      </CardHeader>
      <CardBody>
        <Flex direction="column" gap="3">
          <Text as="p">{thread.body}</Text>
          <ol aria-label="Replies" style={{ margin: 0, paddingLeft: 16 }}>
            {thread.replies.map(r => (
              <li key={r.id} style={{ marginBottom: 8 }}>
                <Text as="p" variant="body-small">
                  {r.body}
                </Text>
                <Byline actor={r.author} at={r.createdAt} />
              </li>
            ))}
          </ol>
          {props.canReply ? (
            <Flex gap="2" align="end">
              <TextAreaField
                label="Reply"
                rows={2}
                value={reply}
                onChange={setReply}
                style={{ flexGrow: 1 }}
              />
              <Button
                variant="secondary"
                isDisabled={!reply.trim()}
                isPending={mutation.pending}
                onPress={() =>
                  send(
                    () => api.replyToDiscussion(thread.id, reply.trim()),
                    'Reply posted',
                  )
                }
              >
                Post reply
              </Button>
            </Flex>
          ) : null}
          <ErrorNote message={mutation.error} />
        </Flex>
      </CardBody>
    </Card>
  );
}
