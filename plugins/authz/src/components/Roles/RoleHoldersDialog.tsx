import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Alert,
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
  Select,
  Tag,
  TagGroup,
  Text,
} from '@backstage/ui';
import type { AuthzRole, RoleHolderKind } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import type { RoleHolder } from '../../api/types';
import { Loadable } from '../shared/Loadable';
import { entityName } from '../shared/refs';
import { useAction } from '../shared/useAction';
import {
  useDepartmentOptions,
  useGroupOptions,
  useUserOptions,
} from '../shared/useOptions';

const kinds: { id: RoleHolderKind; label: string }[] = [
  { id: 'user', label: 'Users' },
  { id: 'group', label: 'Groups' },
  { id: 'department', label: 'Departments' },
];
const holderKey = (holder: RoleHolder) => `${holder.kind}|${holder.ref}`;

/** Who holds the role, by kind; remove a tag to detach, pick one to attach. */
export function RoleHoldersDialog(props: {
  role: AuthzRole;
  onClose(): void;
  onChanged(): void;
}) {
  const api = useApi(authzApiRef);
  const { role } = props;
  const holders = useAsyncRetry(
    () => api.listRoleHolders(role.id),
    [api, role.id],
  );
  const options = {
    user: useUserOptions(),
    group: useGroupOptions(),
    department: useDepartmentOptions(),
  };
  const [kind, setKind] = useState<RoleHolderKind>('user');
  const [ref, setRef] = useState<string | null>(null);
  const action = useAction();

  const change = async (verb: 'attach' | 'detach', list: RoleHolder[]) => {
    const ok = await action.run(
      () =>
        verb === 'attach'
          ? api.attachRoleHolders(role.id, list)
          : api.detachRoleHolders(role.id, list),
      `${list.map(h => entityName(h.ref)).join(', ')} ${verb}ed`,
    );
    if (ok) {
      setRef(null);
      holders.retry();
      props.onChanged();
    }
  };

  return (
    <Dialog isOpen onOpenChange={open => !open && props.onClose()} width={600}>
      <DialogHeader>Holders of {role.name}</DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="3">
          {role.allUsers && (
            <Alert
              status="info"
              icon
              title="This role applies to every user."
            />
          )}
          <Loadable state={holders}>
            {list =>
              kinds.map(k => {
                const ofKind = list.filter(holder => holder.kind === k.id);
                return (
                  <Flex key={k.id} direction="column" gap="1">
                    <Text variant="body-small" weight="bold">
                      {k.label} ({ofKind.length})
                    </Text>
                    {ofKind.length > 0 && (
                      <TagGroup
                        aria-label={`${k.label} holding ${role.name}`}
                        onRemove={keys =>
                          change(
                            'detach',
                            ofKind.filter(holder =>
                              keys.has(holderKey(holder)),
                            ),
                          )
                        }
                      >
                        {ofKind.map(holder => (
                          <Tag key={holderKey(holder)} id={holderKey(holder)}>
                            {entityName(holder.ref)}
                          </Tag>
                        ))}
                      </TagGroup>
                    )}
                  </Flex>
                );
              })
            }
          </Loadable>
          <Flex gap="2" align="end">
            <Select
              label="Holder kind"
              options={kinds}
              value={kind}
              onChange={key => {
                setKind(key as RoleHolderKind);
                setRef(null);
              }}
            />
            <Select
              label="Holder"
              placeholder="Pick one"
              search={{ placeholder: 'Find' }}
              options={options[kind]}
              value={ref}
              onChange={key => setRef(key === null ? null : String(key))}
            />
            <Button
              variant="secondary"
              isDisabled={!ref}
              isPending={action.pending}
              onPress={() => ref && change('attach', [{ kind, ref }])}
            >
              Attach
            </Button>
          </Flex>
          {action.error && <Alert status="danger" icon title={action.error} />}
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onClose}>
          Done
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
