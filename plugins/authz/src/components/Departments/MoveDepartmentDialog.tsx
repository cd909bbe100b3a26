import { useState } from 'react';
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
} from '@backstage/ui';
import {
  AuthzDepartment,
  moveDepartmentSchema,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { displayNameOf } from '../shared/refs';
import { useAction } from '../shared/useAction';
import { useFormValidation } from '../shared/useFormValidation';
import { childrenOf, siblingIndex, subtreeRefs } from './departmentTree';

const root = { id: '', label: '(top level)' };

/** "Move to…": a new parent (not itself or below it) and a place among its children. */
export function MoveDepartmentDialog(props: {
  department: AuthzDepartment;
  items: AuthzDepartment[];
  onClose(): void;
  onMoved(): void;
}) {
  const api = useApi(authzApiRef);
  const { department, items } = props;
  const [parentRef, setParentRef] = useState(department.parentRef ?? '');
  const [position, setPosition] = useState(siblingIndex(items, department));
  const action = useAction();

  const excluded = subtreeRefs(items, department.ref);
  const parents = [
    root,
    ...items
      .filter(item => !excluded.has(item.ref))
      .map(item => ({ id: item.ref, label: displayNameOf(item) })),
  ];
  const siblings = childrenOf(items, parentRef || undefined).filter(
    item => item.ref !== department.ref,
  );
  const positions = [
    ...siblings.map((sibling, index) => ({
      id: String(index),
      label: `Before ${displayNameOf(sibling)}`,
    })),
    { id: String(siblings.length), label: 'At the end' },
  ];
  const form = useFormValidation(moveDepartmentSchema, {
    parentRef: parentRef || null,
    position: Math.min(position, siblings.length),
  });

  const move = async () => {
    const request = form.submit();
    if (!request) return;
    const ok = await action.run(
      () => api.moveDepartment(department.ref, request),
      `${displayNameOf(department)} moved`,
    );
    if (ok) props.onMoved();
  };

  return (
    <Dialog isOpen onOpenChange={open => !open && props.onClose()} width={480}>
      <DialogHeader>Move {displayNameOf(department)} to…</DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="3">
          <Select
            label="Parent department"
            search={{ placeholder: 'Find a department' }}
            options={parents}
            value={parentRef}
            onChange={key => {
              setParentRef(String(key ?? ''));
              setPosition(Number.MAX_SAFE_INTEGER);
            }}
            {...form.field('parentRef')}
          />
          <Select
            label="Position"
            options={positions}
            value={String(Math.min(position, siblings.length))}
            onChange={key => setPosition(Number(key))}
            {...form.field('position')}
          />
          {action.error && <Alert status="danger" icon title={action.error} />}
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onClose}>
          Cancel
        </Button>
        <Button isPending={action.pending} onPress={move}>
          Move
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
