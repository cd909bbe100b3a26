import { ReactNode } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Text, TextAreaField } from '@backstage/ui';
import type { ClusterSetting } from '@internal/plugin-harvester-common';
import {
  DialogFrame,
  useMutation,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { SettingUpdateRequest } from '../../api/types';
import { BackupTargetFields } from './BackupTargetFields';
import {
  BACKUP_TARGET_SETTING,
  backupTargetSchema,
  BackupTargetValues,
  readBackupTarget,
} from './backupTarget';
import { looksLikeJson, settingValueSchema } from './settingValue';

/** The dialog around either editor: save, reset to default, errors. */
function SettingDialogFrame(props: {
  setting: ClusterSetting;
  form: { submit(): SettingUpdateRequest | undefined };
  onCancel(): void;
  onSaved(): void;
  children: ReactNode;
}) {
  const { setting } = props;
  const api = useApi(harvesterApiRef);
  const update = (request: SettingUpdateRequest) =>
    api.updateSetting(setting, request);
  const submit = useSubmit({
    form: props.form,
    send: update,
    done: `${setting.name} saved`,
    onSaved: props.onSaved,
  });
  const reset = useMutation();
  const resetToDefault = async () => {
    if (
      await reset.run(
        () => update({ value: null }),
        `${setting.name} reset to its default`,
      )
    ) {
      props.onSaved();
    }
  };
  return (
    <DialogFrame
      title={`Edit ${setting.name} (${setting.cluster})`}
      width={600}
      error={submit.error ?? reset.error}
      secondary={{
        label: 'Reset to default',
        disabled: !setting.customized,
        pending: reset.pending,
        onPress: resetToDefault,
      }}
      primary={{ label: 'Save', ...submit }}
      onCancel={props.onCancel}
    >
      {props.children}
      <Text as="p" variant="body-x-small" color="secondary">
        Default: {setting.default || '(empty)'}
      </Text>
    </DialogFrame>
  );
}

function BackupTargetDialog(props: EditSettingProps) {
  const { values, stored } = readBackupTarget(
    props.setting.value ?? props.setting.default,
  );
  const form = useSchemaForm({
    schema: backupTargetSchema(stored),
    initial: values,
    toRequest: (v: BackupTargetValues) => v,
  });
  return (
    <SettingDialogFrame {...props} form={form}>
      <BackupTargetFields
        values={form.values}
        field={form.field}
        onTypeChange={type => form.set('type', type)}
      />
    </SettingDialogFrame>
  );
}

function PlainSettingDialog(props: EditSettingProps) {
  const { setting } = props;
  const json = looksLikeJson(setting.value) || looksLikeJson(setting.default);
  const form = useSchemaForm({
    schema: settingValueSchema(json),
    initial: { value: setting.value ?? '' },
    toRequest: values => ({ value: values.value }),
  });
  return (
    <SettingDialogFrame {...props} form={form}>
      <TextAreaField
        label="Value"
        description={json ? 'JSON' : undefined}
        rows={json ? 8 : 3}
        {...form.field('value')}
      />
    </SettingDialogFrame>
  );
}

type EditSettingProps = {
  setting: ClusterSetting;
  onCancel(): void;
  onSaved(): void;
};

/**
 * Edits one cluster setting: the backup target with its own fields (it is
 * JSON), any other as text, checked as JSON when it is.
 */
export function EditSettingDialog(props: EditSettingProps) {
  return props.setting.name === BACKUP_TARGET_SETTING ? (
    <BackupTargetDialog {...props} />
  ) : (
    <PlainSettingDialog {...props} />
  );
}
