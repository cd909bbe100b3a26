import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, TextField } from '@backstage/ui';
import { asOptions, FilterSelect } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
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
  const selects: {
    key: keyof TableFilter;
    label: string;
    anyLabel: string;
    options: { id: string; label: string }[];
  }[] = [
    {
      key: 'source',
      label: 'Source',
      anyLabel: 'All sources',
      options: choices.value?.sources ?? [],
    },
    {
      key: 'platform',
      label: 'Platform',
      anyLabel: 'All platforms',
      options: choices.value?.platforms ?? [],
    },
    {
      key: 'kind',
      label: 'Kind',
      anyLabel: 'All kinds',
      options: asOptions(kinds),
    },
    {
      key: 'tag',
      label: 'Tag',
      anyLabel: 'Any tag',
      options: choices.value?.tags ?? [],
    },
    {
      key: 'minQuality',
      label: 'Quality',
      anyLabel: 'Any quality',
      options: qualityFloors,
    },
  ];

  return (
    <Flex gap="3" align="end" style={{ flexWrap: 'wrap' }}>
      {selects.map(({ key, ...select }) => (
        <FilterSelect key={key} {...select} {...bind(key)} />
      ))}
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
