import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { NamespaceTarget } from '../../api/types';

type Option = { id: string; label: string };

export type CreateVmChoices = {
  templates: Option[];
  images: Option[];
  networks: Option[];
  keyPairs: Option[];
};

const refOf = (item: { namespace: string; name: string }) =>
  `${item.namespace}/${item.name}`;

/**
 * What a new VM can be made from and attached to in the picked cluster:
 * templates, ready images, VM networks (of its namespace) and key pairs.
 */
export function useCreateVmChoices(target: Partial<NamespaceTarget>) {
  const api = useApi(harvesterApiRef);
  const { cluster, namespace } = target;
  return useAsync(async (): Promise<CreateVmChoices> => {
    if (!cluster) {
      return { templates: [], images: [], networks: [], keyPairs: [] };
    }
    const [templates, images, networks, keyPairs] = await Promise.all([
      api.listTemplates({ cluster }),
      api.listImages({ cluster: [cluster], limit: 500 }),
      api.listNetworks({
        cluster: [cluster],
        namespace: namespace ? [namespace] : undefined,
        limit: 500,
      }),
      api.listKeyPairs({ cluster, namespace }),
    ]);
    return {
      templates: templates.map(t => ({
        id: refOf(t),
        label: t.description ? `${refOf(t)} (${t.description})` : refOf(t),
      })),
      images: images.items
        .filter(i => i.state === 'Active')
        .map(i => ({ id: refOf(i), label: i.displayName })),
      networks: [
        { id: 'pod', label: 'Management network' },
        ...networks.items.map(n => ({
          id: refOf(n),
          label: n.vlan ? `${refOf(n)} (VLAN ${n.vlan})` : refOf(n),
        })),
      ],
      keyPairs: keyPairs.map(k => ({ id: refOf(k), label: k.name })),
    };
  }, [api, cluster, namespace]);
}
