import { useMemo } from 'react';
import { Button, Cell, CellText, ColumnConfig, Flex } from '@backstage/ui';
import type {
  DataAssetDetail,
  DataColumn,
} from '@internal/plugin-data-catalog-common';
import { useDialog, ListTable } from '@internal/portal-react';
import { TagChips } from '../shared/TagChips';
import { useCatalogLinks } from '../shared/useCatalogLinks';
import { ColumnEditDialog } from './ColumnEditDialog';
import { KeyBadges, Samples, StatsSummary, TermLinks } from './columnCells';

type ColumnRow = DataColumn & { id: string };

/**
 * The columns with their documentation, tags, glossary terms and profile
 * stats; editors get an Edit button per column.
 */
export function ColumnsTab(props: {
  detail: DataAssetDetail;
  onChanged(): void;
}) {
  const { detail } = props;
  const links = useCatalogLinks();
  const editor = useDialog<DataColumn>(props.onChanged);
  const rows = useMemo(
    () => detail.columns.map(column => ({ ...column, id: column.name })),
    [detail.columns],
  );

  const columns: ColumnConfig<ColumnRow>[] = [
    {
      id: 'name',
      label: 'Column',
      isRowHeader: true,
      cell: column => (
        <Cell>
          <Flex direction="column" gap="1">
            <Flex gap="2" align="center">
              <strong>{column.name}</strong>
              <KeyBadges column={column} />
            </Flex>
            <code style={{ fontSize: 12 }}>{column.dataType}</code>
          </Flex>
        </Cell>
      ),
    },
    {
      id: 'nullable',
      label: 'Nullable',
      cell: column => (
        <CellText
          title={column.nullable ? 'yes' : 'no'}
          description={
            column.defaultValue ? `default ${column.defaultValue}` : undefined
          }
        />
      ),
    },
    {
      id: 'description',
      label: 'Description',
      cell: column => (
        <CellText
          title={column.doc?.description ?? column.comment ?? '—'}
          description={[
            column.doc?.unit && `unit ${column.doc.unit}`,
            column.doc?.example && `e.g. ${column.doc.example}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        />
      ),
    },
    {
      id: 'tags',
      label: 'Tags and terms',
      cell: column => (
        <Cell>
          <Flex direction="column" gap="1">
            <TagChips tags={column.tags} label={`Tags of ${column.name}`} />
            <TermLinks terms={column.glossaryTerms} links={links} />
          </Flex>
        </Cell>
      ),
    },
    {
      id: 'stats',
      label: 'Profile',
      cell: column => (
        <Cell>
          <Flex direction="column" gap="1">
            <StatsSummary stats={column.stats} />
            <Samples stats={column.stats} />
          </Flex>
        </Cell>
      ),
    },
    {
      id: 'edit',
      label: 'Edit',
      isHidden: !detail.access.update,
      cell: column => (
        <Cell>
          <Button
            size="small"
            variant="secondary"
            aria-label={`Edit ${column.name}`}
            onPress={() => editor.open(column)}
          >
            Edit
          </Button>
        </Cell>
      ),
    },
  ];

  return (
    <>
      <ListTable
        columns={columns}
        rows={rows}
        empty="This table has no columns."
      />
      {editor.subject ? (
        <ColumnEditDialog
          entityRef={detail.entityRef}
          column={editor.subject}
          onClose={editor.close}
          onSaved={editor.finish}
        />
      ) : null}
    </>
  );
}
