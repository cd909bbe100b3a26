import { useApi } from '@backstage/frontend-plugin-api';
import { asOptions, FilterSelect } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { useObjectNames } from './useObjectNames';

/** A list's namespace filter: the namespace names of `clusters` (all: undefined). */
export function NamespaceFilter(props: {
  clusters?: string[];
  value?: string;
  onChange(namespace: string | undefined): void;
}) {
  const api = useApi(harvesterApiRef);
  const names = useObjectNames(q => api.listNamespaces(q), props.clusters);
  return (
    <FilterSelect
      label="Namespace"
      anyLabel="All namespaces"
      options={asOptions(names)}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
