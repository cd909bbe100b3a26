import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Alert,
  Button,
  Flex,
  Select,
  Tag,
  TagGroup,
  Text,
} from '@backstage/ui';
import {
  RoleHolderKind,
  authzRoleManagePermission,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { useAction } from './useAction';
import { useAllowed } from './useAllowed';
import { useRoleOptions } from './useOptions';

/**
 * The roles bound to one user, group or department, with detach (the tag's
 * remove button) and attach (pick a role). Used by all three detail panels.
 */
export function HolderRolesEditor(props: {
  kind: RoleHolderKind;
  holderRef: string;
  roleIds: string[];
  onChanged(): void;
}) {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzRoleManagePermission);
  const roles = useRoleOptions();
  const { run, pending, error } = useAction();
  const [picked, setPicked] = useState<string | null>(null);

  const nameOf = (id: string) =>
    roles.find(role => role.id === id)?.label ?? id;
  const holder = { kind: props.kind, ref: props.holderRef };
  const attachable = roles.filter(role => !props.roleIds.includes(role.id));

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
    <Flex direction="column" gap="2">
      {props.roleIds.length === 0 ? (
        <Text variant="body-small" color="secondary">
          No roles attached
        </Text>
      ) : (
        <TagGroup
          aria-label="Attached roles"
          onRemove={
            canManage
              ? keys => keys.forEach(key => change('detach', String(key)))
              : undefined
          }
        >
          {props.roleIds.map(id => (
            <Tag key={id} id={id}>
              {nameOf(id)}
            </Tag>
          ))}
        </TagGroup>
      )}
      {canManage && (
        <Flex align="end" gap="2">
          <Select
            label="Attach role"
            placeholder="Pick a role"
            options={attachable}
            value={picked}
            onChange={key => setPicked(key === null ? null : String(key))}
            isDisabled={attachable.length === 0}
          />
          <Button
            variant="secondary"
            isDisabled={!picked}
            isPending={pending}
            onPress={() => picked && change('attach', picked)}
          >
            Attach
          </Button>
        </Flex>
      )}
      {error && <Alert status="danger" icon title={error} />}
    </Flex>
  );
}
