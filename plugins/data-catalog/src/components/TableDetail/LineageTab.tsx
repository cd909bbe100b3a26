import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Cell, CellText, ColumnConfig, Flex, Grid } from '@backstage/ui';
import type {
  DataAssetDetail,
  LineageEdge,
  LineageNode,
} from '@internal/plugin-data-catalog-common';
import {
  AsyncView,
  asOptions,
  FilterSelect,
  Panel,
  TimeCell,
  ToneChip,
  ListTable,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { isDataAssetRef, shortRef } from '../shared/refs';
import { CatalogLinks, useCatalogLinks } from '../shared/useCatalogLinks';

type EdgeRow = LineageEdge & { id: string; other: LineageNode };

function rowsOf(edges: LineageEdge[], side: 'from' | 'to'): EdgeRow[] {
  return edges.map(edge => ({
    ...edge,
    other: edge[side],
    id: `${edge.from.entityRef}#${edge.from.column ?? ''}>${
      edge.to.entityRef
    }#${edge.to.column ?? ''}:${edge.type}`,
  }));
}

function edgeColumns(links: CatalogLinks): ColumnConfig<EdgeRow>[] {
  return [
    {
      id: 'node',
      label: 'Asset',
      isRowHeader: true,
      cell: edge => (
        <CellText
          title={`${shortRef(edge.other.entityRef)}${
            edge.other.column ? `.${edge.other.column}` : ''
          }`}
          description={edge.other.entityRef}
          // Pipelines, models and services are catalog entities, not tables.
          href={
            isDataAssetRef(edge.other.entityRef)
              ? links.table(edge.other.entityRef, 'lineage')
              : undefined
          }
        />
      ),
    },
    {
      id: 'type',
      label: 'Relation',
      cell: edge => (
        <Cell>
          <ToneChip tone="info" label={edge.type} />
        </Cell>
      ),
    },
    {
      id: 'source',
      label: 'Found by',
      cell: edge => <CellText title={edge.source} />,
    },
    {
      id: 'updated',
      label: 'Updated',
      cell: edge => <TimeCell at={edge.updatedAt} />,
    },
  ];
}

/** The two lists; each row names the edge's far end. */
const sides = [
  {
    list: 'upstream',
    end: 'from',
    title: 'Upstream',
    subtitle: 'What this reads or derives from',
    empty: 'Nothing upstream is known.',
  },
  {
    list: 'downstream',
    end: 'to',
    title: 'Downstream',
    subtitle: 'What reads or derives from this',
    empty: 'Nothing downstream is known.',
  },
] as const;

/**
 * Direct upstream and downstream neighbours of the table, or of one of its
 * columns, as lists (a graph view can build on the same data).
 */
export function LineageTab(props: { detail: DataAssetDetail }) {
  const { detail } = props;
  const api = useApi(dataCatalogApiRef);
  const links = useCatalogLinks();
  const [column, setColumn] = useState<string>();
  const lineage = useAsync(
    () => api.getLineage(detail.entityRef, column),
    [api, detail.entityRef, column],
  );
  const columns = edgeColumns(links);

  return (
    <Flex direction="column" gap="3">
      <FilterSelect
        label="Lineage of"
        anyLabel="The whole table"
        options={asOptions(detail.columns.map(c => c.name))}
        value={column}
        onChange={setColumn}
      />
      <AsyncView result={lineage}>
        {value => (
          <Grid.Root columns={{ initial: '1', lg: '2' }} gap="4">
            {sides.map(side => (
              <Panel
                key={side.list}
                title={side.title}
                subtitle={side.subtitle}
              >
                <ListTable
                  columns={columns}
                  rows={rowsOf(value[side.list], side.end)}
                  empty={side.empty}
                />
              </Panel>
            ))}
          </Grid.Root>
        )}
      </AsyncView>
    </Flex>
  );
}
