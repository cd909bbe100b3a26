import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Select } from '@backstage/ui';
import {
  AuthzDepartment,
  moveDepartmentSchema,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { FormDialog, SavingDialogProps } from '../shared/FormDialog';
import { displayNameOf } from '../shared/refs';
import { useFormValidation } from '../shared/useFormValidation';
import { useSaveAction } from '../shared/useSaveAction';
import { childrenOf, siblingIndex, subtreeRefs } from './departmentTree';

const root = { id: '', label: '(top level)' };

/** "Move to…": a new parent (not itself or below it) and a place among its children. */
export function MoveDepartmentDialog(
  props: {
    department: AuthzDepartment;
    items: AuthzDepartment[];
  } & SavingDialogProps,
) {
  const api = useApi(authzApiRef);
  const { department, items } = props;
  const [parentRef, setParentRef] = useState(department.parentRef ?? '');
  const [position, setPosition] = useState(siblingIndex(items, department));
  const action = useSaveAction(props.onSaved);

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

  const move = () =>
    action.save(
      form,
      request => api.moveDepartment(department.ref, request),
      `${displayNameOf(department)} moved`,
    );

  return (
    <FormDialog
      title={`Move ${displayNameOf(department)} to…`}
      width={480}
      action={action}
      submit={{ label: 'Move', onPress: move }}
      onClose={props.onClose}
    >
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
    </FormDialog>
  );
}
