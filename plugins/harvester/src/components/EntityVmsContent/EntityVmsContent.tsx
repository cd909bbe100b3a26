import { useMemo } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Flex, Table, Text } from '@backstage/ui';
import { HARVESTER_ANNOTATIONS } from '@internal/plugin-harvester-common';
import { ErrorNote } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';
import { usePagedObjects } from '../shared/usePagedObjects';
import { vmColumns } from '../VmsPage/vmColumns';
import { HarvesterSelector, parseHarvesterSelector } from './harvesterSelector';

function SelectedVms(props: { selector: HarvesterSelector }) {
  const { cluster, namespace, label } = props.selector;
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const { tableProps } = usePagedObjects(query => api.listVms(query), {
    cluster: [cluster],
    namespace: namespace ? [namespace] : undefined,
    label,
  });
  const columns = useMemo(
    () => vmColumns(links, { showCluster: false }),
    [links],
  );
  return (
    <Flex direction="column" gap="3">
      <Text as="p" variant="body-small" color="secondary">
        VMs in {cluster}
        {namespace ? `/${namespace}` : ''}
        {label ? ` labelled ${label}` : ''}
      </Text>
      <Table
        {...tableProps}
        columnConfig={columns}
        emptyState="No VMs match this entity's selector."
      />
    </Flex>
  );
}

/**
 * The "Virtual Machines" tab of an entity: the VMs its
 * `platform-portal.dev/harvester-selector` annotation names, each linking
 * to its page in the Harvester section.
 */
export function EntityVmsContent() {
  const { entity } = useEntity();
  const annotation =
    entity.metadata.annotations?.[HARVESTER_ANNOTATIONS.entitySelector];
  const selector = parseHarvesterSelector(annotation);
  if (!selector) {
    return (
      <ErrorNote
        status="warning"
        message={`The annotation ${
          HARVESTER_ANNOTATIONS.entitySelector
        } must read <cluster>[/<namespace>][?<label selector>], not "${
          annotation ?? ''
        }".`}
      />
    );
  }
  return <SelectedVms selector={selector} />;
}
