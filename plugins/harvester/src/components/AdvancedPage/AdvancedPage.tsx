import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, SearchField } from '@backstage/ui';
import { AsyncView, ListTable, useDialog } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { useClusterFilter } from '../shared/useClusterFilter';
import { useUrlFilter } from '../shared/useUrlFilter';
import { EditSettingDialog } from './EditSettingDialog';
import { settingColumns, SettingRow } from './settingColumns';

const searchKeys = ['q'] as const;

/** Advanced: each cluster's Harvester settings, searchable by name. */
export function AdvancedPage() {
  const api = useApi(harvesterApiRef);
  const { cluster } = useClusterFilter();
  const { filter, setFilter } = useUrlFilter(searchKeys);
  const settings = useAsyncRetry(
    () => api.listSettings({ cluster }),
    [api, cluster],
  );
  const edit = useDialog<SettingRow>(settings.retry);
  const q = filter.q?.toLocaleLowerCase('en-US') ?? '';

  return (
    <Flex direction="column" gap="4">
      <SearchField
        label="Search settings"
        placeholder="Name, e.g. backup-target"
        value={filter.q ?? ''}
        onChange={text => setFilter({ q: text })}
      />
      <AsyncView result={settings}>
        {value => (
          <ListTable
            columns={settingColumns({
              showCluster: !cluster,
              onEdit: edit.open,
            })}
            rows={value
              .filter(s => s.name.toLocaleLowerCase('en-US').includes(q))
              .map(s => ({ ...s, id: `${s.cluster}/${s.name}` }))}
            empty="No settings match this search."
          />
        )}
      </AsyncView>
      {edit.subject ? (
        <EditSettingDialog
          setting={edit.subject}
          onCancel={edit.close}
          onSaved={edit.finish}
        />
      ) : null}
    </Flex>
  );
}
