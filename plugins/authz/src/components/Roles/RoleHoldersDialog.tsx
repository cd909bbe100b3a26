import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Flex, Select, Text } from '@backstage/ui';
import type { AuthzRole, RoleHolderKind } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import type { RoleHolder } from '../../api/types';
import { FormDialog } from '../shared/FormDialog';
import { Loadable } from '../shared/Loadable';
import { PickToAdd } from '../shared/PickToAdd';
import { TagList } from '../shared/TagList';
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
    <FormDialog
      title={`Holders of ${role.name}`}
      width={600}
      action={action}
      closeLabel="Done"
      onClose={props.onClose}
    >
      {role.allUsers && (
        <Alert status="info" icon title="This role applies to every user." />
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
                <TagList
                  label={`${k.label} holding ${role.name}`}
                  items={ofKind.map(holder => ({
                    id: holderKey(holder),
                    label: entityName(holder.ref),
                  }))}
                  onRemove={ids =>
                    change(
                      'detach',
                      ofKind.filter(holder => ids.includes(holderKey(holder))),
                    )
                  }
                />
              </Flex>
            );
          })
        }
      </Loadable>
      <PickToAdd
        leading={
          <Select
            label="Holder kind"
            options={kinds}
            value={kind}
            onChange={key => {
              setKind(key as RoleHolderKind);
              setRef(null);
            }}
          />
        }
        label="Holder"
        placeholder="Pick one"
        searchPlaceholder="Find"
        options={options[kind]}
        picked={ref}
        onPick={setRef}
        buttonLabel="Attach"
        pending={action.pending}
        onAdd={picked => change('attach', [{ kind, ref: picked }])}
      />
    </FormDialog>
  );
}
