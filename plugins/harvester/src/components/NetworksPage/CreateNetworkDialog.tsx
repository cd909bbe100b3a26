import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Select, TextField } from '@backstage/ui';
import { networkCreateSchema } from '@internal/plugin-harvester-common';
import {
  DialogFrame,
  asOptions,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { NamespaceTarget } from '../../api/types';
import { CreateDialogProps } from '../shared/CreateDialogProps';
import { NamespaceTargetFields } from '../shared/NamespaceTargetFields';
import { bindTarget, withTarget } from '../shared/withTarget';

type NetworkValues = Partial<NamespaceTarget> & {
  name: string;
  vlan: string;
  clusterNetwork: string;
};

const schema = withTarget(networkCreateSchema, ['cluster', 'namespace']);

/** A VLAN network (L2, tagged) on one of the cluster's networks. */
export function CreateNetworkDialog(props: CreateDialogProps) {
  const api = useApi(harvesterApiRef);
  const form = useSchemaForm({
    schema,
    initial: {
      cluster: props.cluster,
      name: '',
      vlan: '',
      clusterNetwork: 'mgmt',
    } as NetworkValues,
    toRequest: values => {
      const vlan = optional(values.vlan);
      return {
        target: { cluster: values.cluster, namespace: values.namespace },
        request: {
          name: values.name.trim(),
          vlan: vlan === undefined ? undefined : Number(vlan),
          clusterNetwork: values.clusterNetwork,
        },
      };
    },
  });
  const { cluster } = form.values;
  const clusterNetworks = useAsync(
    async () => (cluster ? api.listClusterNetworks({ cluster }) : []),
    [api, cluster],
  );
  const submit = useSubmit({
    form,
    send: ({ target, request }) => api.createNetwork(target, request),
    done: `Network ${form.values.name.trim()} created`,
    onSaved: props.onCreated,
  });

  return (
    <DialogFrame
      title="Create VLAN network"
      error={submit.error}
      primary={{ label: 'Create', ...submit }}
      onCancel={props.onCancel}
    >
      <NamespaceTargetFields {...bindTarget(form)} />
      <TextField label="Name" isRequired {...form.field('name')} />
      <Flex gap="3">
        <TextField
          label="VLAN ID"
          isRequired
          inputMode="numeric"
          description="1 to 4094; the switch ports must trunk it"
          {...form.field('vlan')}
        />
        <Select
          label="Cluster network"
          isRequired
          isDisabled={!cluster}
          options={asOptions(clusterNetworks.value?.map(c => c.name))}
          value={form.values.clusterNetwork || null}
          onChange={key => form.set('clusterNetwork', String(key))}
          isInvalid={Boolean(form.errors.clusterNetwork)}
        />
      </Flex>
    </DialogFrame>
  );
}
