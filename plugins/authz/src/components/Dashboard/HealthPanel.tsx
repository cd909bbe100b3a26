import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Text } from '@backstage/ui';
import type { ComponentHealth } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { Loadable } from '../shared/Loadable';
import { StatusChip, StatusTone } from '../shared/StatusChip';

const tones: Record<ComponentHealth['status'], StatusTone> = {
  ok: 'ok',
  degraded: 'warning',
  down: 'error',
};

/** OPA, the database and the sync targets, each with a status light. */
export function HealthPanel() {
  const api = useApi(authzApiRef);
  const state = useAsyncRetry(() => api.getHealth(), [api]);
  return (
    <Loadable state={state}>
      {health => (
        <Flex direction="column" gap="2">
          <Text variant="body-small" color="secondary">
            Policy revision {health.revision}
          </Text>
          <ul aria-label="Components" style={{ margin: 0, padding: 0 }}>
            {health.components.map(component => (
              <li
                key={component.name}
                style={{ listStyle: 'none', padding: '4px 0' }}
              >
                <Flex justify="between" align="center" gap="2">
                  <StatusChip
                    tone={tones[component.status]}
                    label={`${component.name}: ${component.status}`}
                  />
                  <Text variant="body-x-small" color="secondary">
                    {component.detail}
                    {component.latencyMs !== undefined &&
                      ` · ${component.latencyMs.toFixed(1)} ms`}
                  </Text>
                </Flex>
              </li>
            ))}
          </ul>
        </Flex>
      )}
    </Loadable>
  );
}
