import {
  Checkbox,
  CheckboxGroup,
  Flex,
  Radio,
  RadioGroup,
  Select,
  TextAreaField,
  TextField,
} from '@backstage/ui';
import type { RunStrategy } from '@internal/plugin-harvester-common';
import type { FieldBinding } from '@internal/portal-react';
import { CreateVmValues, sizeDefaults } from './createVmForm';
import type { CreateVmChoices } from './useCreateVmChoices';

const runStrategies: { id: RunStrategy; label: string }[] = [
  { id: 'RerunOnFailure', label: 'Start, restart on failure' },
  { id: 'Always', label: 'Always running' },
  { id: 'Manual', label: 'Manual' },
  { id: 'Halted', label: 'Create stopped' },
];

type Form = {
  values: CreateVmValues;
  errors: Record<string, string>;
  set<K extends keyof CreateVmValues>(key: K, value: CreateVmValues[K]): void;
  field(key: keyof CreateVmValues & string): FieldBinding;
};

/**
 * What the VM is made of: an image (with its boot disk size and network)
 * or a template (which brings its own; CPU and memory override it when
 * typed), SSH keys, cloud-init user data and whether it starts.
 */
export function CreateVmFields(props: {
  form: Form;
  choices?: CreateVmChoices;
}) {
  const { form, choices } = props;
  const { values, errors } = form;
  const fromImage = values.source === 'image';
  const sizeHint = fromImage ? undefined : 'Blank: as the template says';
  const pick = (key: 'image' | 'template' | 'network' | 'runStrategy') => ({
    value: values[key] || null,
    onChange: (id: unknown) =>
      form.set(key, String(id) as CreateVmValues[typeof key]),
    isInvalid: Boolean(errors[key]),
  });
  return (
    <>
      <RadioGroup
        label="Boot from"
        orientation="horizontal"
        value={values.source}
        onChange={value => {
          const source = value as CreateVmValues['source'];
          form.set('source', source);
          const sizes = sizeDefaults(source);
          form.set('cpuCores', sizes.cpuCores);
          form.set('memory', sizes.memory);
        }}
      >
        <Radio value="image">Image</Radio>
        <Radio value="template">Template</Radio>
      </RadioGroup>
      {fromImage ? (
        <Flex gap="3">
          <Select
            label="Image"
            isRequired
            options={choices?.images ?? []}
            {...pick('image')}
          />
          <TextField label="Root disk size" {...form.field('rootDiskSize')} />
        </Flex>
      ) : (
        <Select
          label="Template"
          isRequired
          options={choices?.templates ?? []}
          {...pick('template')}
        />
      )}
      <Flex gap="3">
        <TextField
          label="CPU cores"
          description={sizeHint}
          {...form.field('cpuCores')}
        />
        <TextField
          label="Memory"
          description={sizeHint ?? 'e.g. 4Gi'}
          {...form.field('memory')}
        />
      </Flex>
      {fromImage ? (
        <Select
          label="Network"
          options={choices?.networks ?? []}
          {...pick('network')}
        />
      ) : null}
      {choices?.keyPairs.length ? (
        <CheckboxGroup
          label="SSH keys"
          value={values.sshKeys}
          onChange={keys => form.set('sshKeys', keys)}
        >
          {choices.keyPairs.map(key => (
            <Checkbox key={key.id} value={key.id}>
              {key.label}
            </Checkbox>
          ))}
        </CheckboxGroup>
      ) : null}
      <TextAreaField
        label="Cloud-init user data"
        placeholder="#cloud-config"
        rows={4}
        {...form.field('userData')}
      />
      <Select
        label="Run strategy"
        options={runStrategies}
        {...pick('runStrategy')}
      />
    </>
  );
}
