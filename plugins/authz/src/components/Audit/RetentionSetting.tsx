import { useEffect, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Button, Flex, NumberField, Text } from '@backstage/ui';
import {
  auditSettingsSchema,
  authzAuditConfigurePermission,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { Loadable } from '../shared/Loadable';
import { useAction } from '../shared/useAction';
import { useAllowed } from '../shared/useAllowed';
import { useFormValidation } from '../shared/useFormValidation';

/** How long entries are kept before the retention task deletes them. */
export function RetentionSetting() {
  const api = useApi(authzApiRef);
  const canConfigure = useAllowed(authzAuditConfigurePermission);
  const state = useAsyncRetry(() => api.getAuditSettings(), [api]);
  const [days, setDays] = useState<number>(Number.NaN);
  const form = useFormValidation(auditSettingsSchema, { retentionDays: days });
  const action = useAction();
  useEffect(() => {
    if (state.value) setDays(state.value.retentionDays);
  }, [state.value]);

  const save = async () => {
    const request = form.submit();
    if (!request) return;
    const ok = await action.run(
      () => api.updateAuditSettings(request),
      `Audit entries are now kept ${request.retentionDays} days`,
    );
    if (ok) state.retry();
  };

  return (
    <Loadable state={state}>
      {settings => (
        <Flex direction="column" gap="2">
          <Flex gap="2" align="end">
            <NumberField
              label="Retention (days)"
              minValue={1}
              maxValue={3650}
              value={days}
              onChange={setDays}
              isDisabled={!canConfigure}
              {...form.field('retentionDays')}
            />
            {canConfigure && (
              <Button
                variant="secondary"
                isPending={action.pending}
                isDisabled={days === settings.retentionDays}
                onPress={save}
              >
                Save retention
              </Button>
            )}
          </Flex>
          <Text variant="body-x-small" color="secondary">
            Entries older than {settings.retentionDays} days are deleted.
          </Text>
          {action.error && <Alert status="danger" icon title={action.error} />}
        </Flex>
      )}
    </Loadable>
  );
}
