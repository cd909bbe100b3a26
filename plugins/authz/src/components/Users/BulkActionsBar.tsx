import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Alert,
  Button,
  Card,
  CardBody,
  Flex,
  Select,
  Text,
} from '@backstage/ui';
import { authzApiRef } from '../../api/AuthzApi';
import type { BulkUserAction, BulkUserResult } from '../../api/types';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useAction } from '../shared/useAction';
import { useRoleOptions } from '../shared/useOptions';
import { countOf } from '../shared/countOf';

/**
 * What to do with the selected users: status, delete, or a role. The server
 * answers user by user; `onDone` gets the refs that failed, which stay
 * selected with their reasons shown here.
 */
export function BulkActionsBar(props: {
  refs: string[];
  onDone(failedRefs: string[]): void;
}) {
  const api = useApi(authzApiRef);
  const roles = useRoleOptions();
  const [roleId, setRoleId] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [failures, setFailures] = useState<BulkUserResult[]>([]);
  const action = useAction();
  const count = props.refs.length;

  const apply = async (
    request: BulkUserAction,
    done: (succeeded: number) => string,
  ) => {
    let results: BulkUserResult[] = [];
    const ok = await action.run(async () => {
      results = await api.bulkUserAction(request);
      return results.filter(r => r.status === 'succeeded').length;
    }, done);
    if (ok) {
      const failed = results.filter(r => r.status === 'failed');
      setFailures(failed);
      setConfirmDelete(false);
      props.onDone(failed.map(r => r.ref));
    }
  };
  const simple = (name: 'activate' | 'disable' | 'delete', verb: string) =>
    apply(
      { action: name, refs: props.refs },
      n => `${countOf(n, 'user')} ${verb}`,
    );
  const withRole = (name: 'attachRole' | 'detachRole', verb: string) =>
    roleId &&
    apply(
      { action: name, refs: props.refs, roleId },
      n => `Role ${verb} ${countOf(n, 'user')}`,
    );

  return (
    <Card role="region" aria-label="Bulk actions">
      <CardBody>
        <Flex gap="2" align="end" style={{ flexWrap: 'wrap' }}>
          <Text weight="bold" style={{ alignSelf: 'center' }}>
            {count} selected
          </Text>
          <Button
            variant="secondary"
            isPending={action.pending}
            onPress={() => simple('activate', 'activated')}
          >
            Activate
          </Button>
          <Button
            variant="secondary"
            isPending={action.pending}
            onPress={() => simple('disable', 'disabled')}
          >
            Disable
          </Button>
          <Button
            variant="secondary"
            destructive
            onPress={() => setConfirmDelete(true)}
          >
            Delete
          </Button>
          <Select
            label="Role"
            placeholder="Pick a role"
            options={roles}
            value={roleId}
            onChange={key => setRoleId(key === null ? null : String(key))}
          />
          <Button
            variant="secondary"
            isDisabled={!roleId}
            onPress={() => withRole('attachRole', 'attached to')}
          >
            Attach role
          </Button>
          <Button
            variant="secondary"
            isDisabled={!roleId}
            onPress={() => withRole('detachRole', 'detached from')}
          >
            Detach role
          </Button>
        </Flex>
        {action.error && !confirmDelete && (
          <Alert status="danger" icon title={action.error} mt="2" />
        )}
        {/* Only while the selection is still exactly the users that failed. */}
        {failures.length > 0 &&
          failures.length === count &&
          failures.every(failure => props.refs.includes(failure.ref)) && (
            <Alert
              status="warning"
              icon
              mt="2"
              title={`${countOf(
                failures.length,
                'user',
              )} not changed; they stay selected`}
              description={
                <ul aria-label="Bulk action failures" style={{ margin: 0 }}>
                  {failures.map(failure => (
                    <li key={failure.ref}>
                      {failure.ref}: {failure.message ?? 'failed'}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
      </CardBody>
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete ${countOf(count, 'user')}?`}
        message="The users and their role attachments are removed. This cannot be undone."
        confirmLabel="Delete users"
        pending={action.pending}
        error={action.error}
        onConfirm={() => simple('delete', 'deleted')}
        onClose={() => setConfirmDelete(false)}
      />
    </Card>
  );
}
