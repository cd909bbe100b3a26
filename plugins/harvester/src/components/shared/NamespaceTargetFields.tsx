import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Select } from '@backstage/ui';
import { asOptions } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { NamespaceTarget } from '../../api/types';
import { ClusterField } from './ClusterField';

/**
 * Where something new goes: a cluster, then one of its namespaces. Picking
 * another cluster clears the namespace.
 */
export function NamespaceTargetFields(props: {
  value: Partial<NamespaceTarget>;
  onChange(value: Partial<NamespaceTarget>): void;
  errors?: Partial<Record<keyof NamespaceTarget, string>>;
}) {
  const api = useApi(harvesterApiRef);
  const { cluster, namespace } = props.value;
  const namespaces = useAsync(async () => {
    if (!cluster) return [];
    const page = await api.listNamespaces({ cluster: [cluster], limit: 500 });
    return page.items.map(item => item.name);
  }, [api, cluster]);

  return (
    <Flex gap="3">
      <ClusterField
        value={cluster}
        onChange={picked =>
          props.onChange({ cluster: picked, namespace: undefined })
        }
        isInvalid={Boolean(props.errors?.cluster)}
      />
      <Select
        label="Namespace"
        isRequired
        isDisabled={!cluster}
        options={asOptions(namespaces.value)}
        value={namespace ?? null}
        onChange={key => props.onChange({ cluster, namespace: String(key) })}
        isInvalid={Boolean(props.errors?.namespace)}
      />
    </Flex>
  );
}
