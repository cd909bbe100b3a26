import { useApi } from '@backstage/frontend-plugin-api';
import { Select, TextField } from '@backstage/ui';
import {
  AuthzDepartment,
  createDepartmentSchema,
  updateDepartmentSchema,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { CatalogNameField } from '../shared/CatalogNameField';
import { FormDialog, SavingDialogProps } from '../shared/FormDialog';
import { displayNameOf } from '../shared/refs';
import { useFormValidation } from '../shared/useFormValidation';
import { useFormValues } from '../shared/useFormValues';
import { useSaveAction } from '../shared/useSaveAction';
import { withoutBlanks } from '../shared/validateRequest';

const root = { id: '', label: '(top level)' };

/**
 * Create a department under a parent, or rename one (`department` given).
 * Mounted while open.
 */
export function DepartmentFormDialog(
  props: {
    department?: AuthzDepartment;
    items: AuthzDepartment[];
    defaultParentRef?: string;
  } & SavingDialogProps,
) {
  const api = useApi(authzApiRef);
  const { department } = props;
  const { values, set, bind } = useFormValues({
    name: '',
    title: department?.title ?? '',
    parentRef: props.defaultParentRef ?? '',
  });
  const create = useFormValidation(
    createDepartmentSchema,
    withoutBlanks(values),
  );
  const update = useFormValidation(
    updateDepartmentSchema,
    withoutBlanks({ title: values.title }),
  );
  const form = department ? update : create;
  const action = useSaveAction(props.onSaved);

  const save = () =>
    department
      ? action.save(
          update,
          request => api.updateDepartment(department.ref, request),
          `${displayNameOf(department)} renamed`,
        )
      : action.save(
          create,
          request => api.createDepartment(request),
          request => `Department ${request.name} created`,
        );

  return (
    <FormDialog
      title={
        department ? `Rename ${displayNameOf(department)}` : 'Create department'
      }
      width={480}
      action={action}
      submit={{ label: department ? 'Save' : 'Create', onPress: save }}
      onClose={props.onClose}
    >
      {!department && (
        <CatalogNameField example="data-platform" {...bind('name', form)} />
      )}
      <TextField label="Title" {...bind('title', form)} />
      {!department && (
        <Select
          label="Parent department"
          options={[
            root,
            ...props.items.map(item => ({
              id: item.ref,
              label: displayNameOf(item),
            })),
          ]}
          value={values.parentRef}
          onChange={key => set('parentRef', String(key ?? ''))}
          {...form.field('parentRef')}
        />
      )}
    </FormDialog>
  );
}
