import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Flex } from '@backstage/ui';
import {
  RoleHolderKind,
  authzRoleManagePermission,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { DetailSection } from './DetailPanel';
import { PickToAdd } from './PickToAdd';
import { TagList } from './TagList';
import { useAction } from './useAction';
import { useAllowed } from './useAllowed';
import { useRoleOptions } from './useOptions';

/**
 * The detail-panel section of the roles bound to one user, group or
 * department, with detach (the tag's remove button) and attach (pick a
 * role). Used by all three of their panels.
 */
export function HolderRolesSection(props: {
  title?: string;
  kind: RoleHolderKind;
  holder: { ref: string; roleIds: string[] };
  onChanged(): void;
}) {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzRoleManagePermission);
  const roles = useRoleOptions();
  const { run, pending, error } = useAction();
  const [picked, setPicked] = useState<string | null>(null);

  const nameOf = (id: string) =>
    roles.find(role => role.id === id)?.label ?? id;
  const { roleIds } = props.holder;
  const holder = { kind: props.kind, ref: props.holder.ref };
  const attachable = roles.filter(role => !roleIds.includes(role.id));

  const change = async (action: 'attach' | 'detach', roleId: string) => {
    const ok = await run(
      () =>
        action === 'attach'
          ? api.attachRoleHolders(roleId, [holder])
          : api.detachRoleHolders(roleId, [holder]),
      `Role ${nameOf(roleId)} ${action === 'attach' ? 'attached' : 'detached'}`,
    );
    if (ok) {
      setPicked(null);
      props.onChanged();
    }
  };

  return (
    <DetailSection title={props.title ?? 'Roles'}>
      <Flex direction="column" gap="2">
        <TagList
          label="Attached roles"
          items={roleIds.map(id => ({ id, label: nameOf(id) }))}
          empty="No roles attached"
          onRemove={
            canManage
              ? ids => ids.forEach(id => change('detach', id))
              : undefined
          }
        />
        {canManage && (
          <PickToAdd
            label="Attach role"
            placeholder="Pick a role"
            options={attachable}
            isDisabled={attachable.length === 0}
            picked={picked}
            onPick={setPicked}
            buttonLabel="Attach"
            pending={pending}
            onAdd={id => change('attach', id)}
          />
        )}
        {error && <Alert status="danger" icon title={error} />}
      </Flex>
    </DetailSection>
  );
}
