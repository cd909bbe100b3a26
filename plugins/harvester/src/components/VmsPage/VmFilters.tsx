import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, TextField } from '@backstage/ui';
import { vmStates } from '@internal/plugin-harvester-common';
import { asOptions, FilterSelect } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { SearchFilter, StateFilter } from '../shared/ListFilters';
import { NamespaceFilter } from '../shared/NamespaceFilter';
import { useObjectNames } from '../shared/useObjectNames';
import type { VmFilter } from './vmListQuery';

/**
 * The filters of the VM list (search, state, namespace, host and a label
 * selector); namespaces and hosts are those of the picked cluster.
 */
export function VmFilters(props: {
  clusters?: string[];
  filter: VmFilter;
  onChange(changes: VmFilter): void;
}) {
  const api = useApi(harvesterApiRef);
  const { clusters, filter, onChange } = props;
  const hosts = useObjectNames(q => api.listHosts(q), clusters);

  return (
    <Flex gap="3" align="end" style={{ flexWrap: 'wrap' }}>
      <SearchFilter
        noun="VMs"
        placeholder="Name, label or owner"
        value={filter.q}
        onChange={q => onChange({ q })}
      />
      <StateFilter
        states={vmStates}
        value={filter.state}
        onChange={state => onChange({ state })}
      />
      <NamespaceFilter
        clusters={clusters}
        value={filter.namespace}
        onChange={namespace => onChange({ namespace })}
      />
      <FilterSelect
        label="Host"
        anyLabel="All hosts"
        options={asOptions(hosts)}
        value={filter.host}
        onChange={host => onChange({ host })}
      />
      <TextField
        label="Label selector"
        placeholder="app=web,tier!=db"
        value={filter.label ?? ''}
        onChange={label => onChange({ label })}
      />
    </Flex>
  );
}
