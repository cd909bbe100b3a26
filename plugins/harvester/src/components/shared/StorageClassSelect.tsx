import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { FilterSelect } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';

/**
 * A storage class of `cluster`, or none for the cluster's default (named
 * once known): what new volumes and images are stored with.
 */
export function StorageClassSelect(props: {
  cluster?: string;
  value?: string;
  onChange(storageClass: string | undefined): void;
}) {
  const api = useApi(harvesterApiRef);
  const { cluster } = props;
  const classes = useAsync(
    async () => (cluster ? api.listStorageClasses({ cluster }) : []),
    [api, cluster],
  );
  const defaultClass = classes.value?.find(s => s.isDefault);
  return (
    <FilterSelect
      label="Storage class"
      anyLabel={`Cluster default${
        defaultClass ? ` (${defaultClass.name})` : ''
      }`}
      options={(classes.value ?? []).map(s => ({ id: s.name, label: s.name }))}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
