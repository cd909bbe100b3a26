import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, TextField } from '@backstage/ui';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { asOptions, FilterSelect } from '../shared/FilterSelect';
import type { TableFilter } from './useTableQuery';

const kinds = [
  'table',
  'view',
  'materialized-view',
  'partitioned-table',
  'partition',
  'foreign-table',
];
const qualityFloors = [
  { id: '80', label: '80 or more (high)' },
  { id: '50', label: '50 or more' },
  { id: '1', label: 'Scored at all' },
];

/** The filters of the tables list; every change goes to the URL. */
export function TableFilters(props: {
  filter: TableFilter;
  onChange(filter: TableFilter): void;
}) {
  const api = useApi(dataCatalogApiRef);
  const choices = useAsync(async () => {
    const [sources, platforms, tags] = await Promise.all([
      api.listSources({ limit: 500 }),
      api.listPlatforms(),
      api.listTags(),
    ]);
    return {
      sources: sources.items.map(s => ({ id: s.id, label: s.title })),
      platforms: asOptions(platforms),
      tags: asOptions(tags.map(tag => tag.name)),
    };
  }, [api]);
  const { filter } = props;
  const bind = (key: keyof TableFilter) => ({
    value: filter[key],
    onChange: (value: string | undefined) =>
      props.onChange({ ...filter, [key]: value || undefined }),
  });

  return (
    <Flex gap="3" align="end" style={{ flexWrap: 'wrap' }}>
      <FilterSelect
        label="Source"
        anyLabel="All sources"
        options={choices.value?.sources ?? []}
        {...bind('source')}
      />
      <FilterSelect
        label="Platform"
        anyLabel="All platforms"
        options={choices.value?.platforms ?? []}
        {...bind('platform')}
      />
      <FilterSelect
        label="Kind"
        anyLabel="All kinds"
        options={asOptions(kinds)}
        {...bind('kind')}
      />
      <FilterSelect
        label="Tag"
        anyLabel="Any tag"
        options={choices.value?.tags ?? []}
        {...bind('tag')}
      />
      <FilterSelect
        label="Quality"
        anyLabel="Any quality"
        options={qualityFloors}
        {...bind('minQuality')}
      />
      <TextField
        label="Owner"
        placeholder="group:default/team"
        {...bind('owner')}
        value={filter.owner ?? ''}
      />
      <TextField
        label="Domain"
        {...bind('domain')}
        value={filter.domain ?? ''}
      />
    </Flex>
  );
}
