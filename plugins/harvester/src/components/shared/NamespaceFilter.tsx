import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { asOptions, FilterSelect } from './FilterSelect';

/** A list's namespace filter: the namespace names of `clusters` (all: undefined). */
export function NamespaceFilter(props: {
  clusters?: string[];
  value?: string;
  onChange(namespace: string | undefined): void;
}) {
  const api = useApi(harvesterApiRef);
  const { clusters } = props;
  const names = useAsync(async () => {
    const page = await api.listNamespaces({ cluster: clusters, limit: 500 });
    return [...new Set(page.items.map(n => n.name))].sort();
  }, [api, clusters?.join()]);
  return (
    <FilterSelect
      label="Namespace"
      anyLabel="All namespaces"
      options={asOptions(names.value)}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
