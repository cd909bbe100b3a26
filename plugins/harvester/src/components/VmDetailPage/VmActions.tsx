import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, ButtonLink, Flex } from '@backstage/ui';
import {
  harvesterVmBackupPermission,
  harvesterVmCreatePermission,
  harvesterVmDeletePermission,
  harvesterVmMigratePermission,
  harvesterVmOperatePermission,
  stringifyHarvesterRef,
  VmAction,
  VmDetail,
  VmState,
} from '@internal/plugin-harvester-common';
import { ErrorNote, useDialog, useMutation } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { useCan } from '../shared/permissions';
import { vmActionLabels } from '../VmsPage/vmActionLabels';
import { BackupDialog } from './BackupDialog';
import { CloneDialog } from './CloneDialog';
import { DeleteVmDialog } from './DeleteVmDialog';
import { MigrateDialog } from './MigrateDialog';

/** Actions sent at once, and the states they apply to. */
const directActions: { action: VmAction; when: VmState[] }[] = [
  { action: 'start', when: ['Stopped', 'Error'] },
  { action: 'stop', when: ['Running', 'Paused', 'Starting', 'Error'] },
  { action: 'restart', when: ['Running'] },
  { action: 'pause', when: ['Running'] },
  { action: 'unpause', when: ['Paused'] },
  { action: 'abort-migration', when: ['Migrating'] },
];

type DialogKind = 'migrate' | 'clone' | 'snapshot' | 'backup' | 'delete';

/**
 * What the user may do to the VM in its state: power actions at once,
 * migrate, clone, snapshot, backup and delete through dialogs, and its
 * console. Actions the policy denies are left out; while an action runs
 * (and the VM settles) the buttons wait.
 */
export function VmActions(props: {
  vm: VmDetail;
  busy: boolean;
  /** An action was accepted: watch the VM settle. */
  onActed(): void;
  onChanged(): void;
  onDeleted(): void;
}) {
  const { vm, busy } = props;
  const api = useApi(harvesterApiRef);
  const ref = stringifyHarvesterRef(vm);
  const can = {
    operate: useCan(harvesterVmOperatePermission, ref),
    migrate: useCan(harvesterVmMigratePermission, ref),
    create: useCan(harvesterVmCreatePermission, ref),
    backup: useCan(harvesterVmBackupPermission, ref),
    delete: useCan(harvesterVmDeletePermission, ref),
  };
  const mutation = useMutation();
  const [running, setRunning] = useState<VmAction>();
  const dialog = useDialog<DialogKind>(props.onChanged);

  const run = async (action: VmAction) => {
    setRunning(action);
    const done = await mutation.run(
      () => api.runVmAction(vm, action),
      `${vmActionLabels[action]}: ${vm.name}`,
    );
    setRunning(undefined);
    if (done) props.onActed();
  };
  const permitted = (action: VmAction) =>
    action === 'abort-migration' ? can.migrate : can.operate;

  return (
    <Flex direction="column" gap="2" align="end">
      <Flex gap="2" style={{ flexWrap: 'wrap' }} justify="end">
        {directActions
          .filter(
            ({ action, when }) => when.includes(vm.state) && permitted(action),
          )
          .map(({ action }) => (
            <Button
              key={action}
              variant="secondary"
              isPending={running === action}
              isDisabled={busy || running !== undefined}
              onPress={() => run(action)}
            >
              {vmActionLabels[action]}
            </Button>
          ))}
        {can.migrate && vm.state === 'Running' ? (
          <Button
            variant="secondary"
            isDisabled={busy}
            onPress={() => dialog.open('migrate')}
          >
            Migrate
          </Button>
        ) : null}
        {can.create ? (
          <Button
            variant="secondary"
            isDisabled={busy}
            onPress={() => dialog.open('clone')}
          >
            Clone
          </Button>
        ) : null}
        {can.backup ? (
          <>
            <Button
              variant="secondary"
              isDisabled={busy}
              onPress={() => dialog.open('snapshot')}
            >
              Take snapshot
            </Button>
            <Button
              variant="secondary"
              isDisabled={busy}
              onPress={() => dialog.open('backup')}
            >
              Take backup
            </Button>
          </>
        ) : null}
        {can.delete ? (
          <Button
            variant="secondary"
            destructive
            isDisabled={busy}
            onPress={() => dialog.open('delete')}
          >
            Delete
          </Button>
        ) : null}
        {vm.consoleUrl ? (
          <ButtonLink
            variant="secondary"
            href={vm.consoleUrl}
            target="_blank"
            rel="noopener noreferrer"
            isDisabled={vm.state !== 'Running'}
          >
            Open console
          </ButtonLink>
        ) : null}
      </Flex>
      <ErrorNote message={mutation.error} />
      {dialog.subject === 'migrate' ? (
        <MigrateDialog
          vm={vm}
          onCancel={dialog.close}
          onMigrating={() => {
            dialog.close();
            props.onActed();
          }}
        />
      ) : null}
      {dialog.subject === 'clone' ? (
        <CloneDialog vm={vm} onCancel={dialog.close} />
      ) : null}
      {dialog.subject === 'snapshot' || dialog.subject === 'backup' ? (
        <BackupDialog
          vm={vm}
          type={dialog.subject}
          onCancel={dialog.close}
          onTaken={dialog.finish}
        />
      ) : null}
      {dialog.subject === 'delete' ? (
        <DeleteVmDialog
          vm={vm}
          onCancel={dialog.close}
          onDeleted={props.onDeleted}
        />
      ) : null}
    </Flex>
  );
}
