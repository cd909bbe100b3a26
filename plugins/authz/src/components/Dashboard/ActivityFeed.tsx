import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Text } from '@backstage/ui';
import type { AuditEntry } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { Loadable } from '../shared/Loadable';
import { StatusChip } from '../shared/StatusChip';
import { entityName } from '../shared/refs';
import { formatTime } from '../shared/time';

type ChangeEntry = Extract<AuditEntry, { kind: 'change' }>;

/** The latest admin changes, newest first. */
export function ActivityFeed() {
  const api = useApi(authzApiRef);
  const state = useAsyncRetry(
    () => api.listAuditEntries({ kind: 'change', limit: 8 }),
    [api],
  );
  return (
    <Loadable state={state}>
      {page => {
        const changes = page.items.filter(
          (entry): entry is ChangeEntry => entry.kind === 'change',
        );
        if (changes.length === 0) {
          return <Text color="secondary">No changes recorded yet.</Text>;
        }
        return (
          <ul aria-label="Recent changes" style={{ margin: 0, padding: 0 }}>
            {changes.map(change => (
              <li
                key={change.id}
                style={{ listStyle: 'none', padding: '6px 0' }}
              >
                <Flex justify="between" align="center" gap="2">
                  <StatusChip
                    tone={change.result === 'succeeded' ? 'ok' : 'error'}
                    label={`${entityName(change.actor)} ${change.action} ${
                      change.targetRef
                    }`}
                  />
                  <Text variant="body-x-small" color="secondary">
                    {formatTime(change.time)}
                  </Text>
                </Flex>
              </li>
            ))}
          </ul>
        );
      }}
    </Loadable>
  );
}
