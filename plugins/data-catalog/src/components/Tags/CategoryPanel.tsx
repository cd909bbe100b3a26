import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Cell, CellText, ColumnConfig, Flex } from '@backstage/ui';
import type { Tag, TagCategory } from '@internal/plugin-data-catalog-common';
import {
  plural,
  Panel,
  ToneChip,
  useDialog,
  ListTable,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { ConfirmButton } from '../shared/ConfirmButton';
import { PiiChip } from '../shared/statusChips';
import { CategoryFormDialog } from './CategoryFormDialog';
import { TagFormDialog } from './TagFormDialog';

type Editing = { kind: 'category' } | { kind: 'tag'; tag?: Tag };

/** One category and its tags, with their use; managers change them here. */
export function CategoryPanel(props: {
  category: TagCategory;
  tags: Tag[];
  canManage: boolean;
  onChanged(): void;
}) {
  const { category, canManage } = props;
  const api = useApi(dataCatalogApiRef);
  const editor = useDialog<Editing>(props.onChanged);

  const columns: ColumnConfig<Tag>[] = [
    {
      id: 'name',
      label: 'Tag',
      isRowHeader: true,
      cell: tag => (
        <CellText
          title={tag.name}
          description={tag.description}
          leadingIcon={
            <span
              aria-hidden
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                borderRadius: '50%',
                background: tag.color ?? 'var(--bui-fg-secondary)',
              }}
            />
          }
        />
      ),
    },
    {
      id: 'pii',
      label: 'Marks',
      cell: tag => (
        <Cell>
          <Flex gap="1">
            {tag.piiLevel !== 'none' ? <PiiChip level={tag.piiLevel} /> : null}
            {tag.restricted ? (
              <ToneChip tone="warning" label="restricted" />
            ) : null}
          </Flex>
        </Cell>
      ),
    },
    {
      id: 'usage',
      label: 'Used on',
      cell: tag => <CellText title={plural(tag.usageCount, 'asset')} />,
    },
    {
      id: 'actions',
      label: 'Actions',
      isHidden: !canManage,
      cell: tag => (
        <Cell>
          <Flex gap="1">
            <Button
              size="small"
              variant="secondary"
              aria-label={`Edit ${tag.name}`}
              onPress={() => editor.open({ kind: 'tag', tag })}
            >
              Edit
            </Button>
            <ConfirmButton
              size="small"
              label={`Delete ${tag.name}`}
              question={`Delete ${tag.name}? It is removed from the ${plural(
                tag.usageCount,
                'asset',
              )} that carry it.`}
              confirmLabel="Delete tag"
              done="Tag deleted"
              onConfirm={() => api.deleteTag(tag.id)}
              onDone={props.onChanged}
            />
          </Flex>
        </Cell>
      ),
    },
  ];

  return (
    <Panel
      title={category.name}
      subtitle={[
        category.description,
        category.exclusive ? 'exclusive: one per asset' : '',
      ]
        .filter(Boolean)
        .join(' · ')}
      actions={
        canManage ? (
          <>
            <Button
              size="small"
              variant="secondary"
              onPress={() => editor.open({ kind: 'tag' })}
            >
              Add tag
            </Button>
            <Button
              size="small"
              variant="secondary"
              onPress={() => editor.open({ kind: 'category' })}
            >
              Edit category
            </Button>
            <ConfirmButton
              size="small"
              label="Delete category"
              question={`Delete the category ${category.name}? Only an empty category can be deleted: delete its tags first.`}
              confirmLabel="Delete category"
              done="Category deleted"
              onConfirm={() => api.deleteTagCategory(category.id)}
              onDone={props.onChanged}
            />
          </>
        ) : null
      }
    >
      <ListTable
        columns={columns}
        rows={props.tags}
        empty="No tags in this category yet."
      />
      {editor.subject?.kind === 'category' ? (
        <CategoryFormDialog
          category={category}
          onClose={editor.close}
          onSaved={editor.finish}
        />
      ) : null}
      {editor.subject?.kind === 'tag' ? (
        <TagFormDialog
          category={category}
          tag={editor.subject.tag}
          onClose={editor.close}
          onSaved={editor.finish}
        />
      ) : null}
    </Panel>
  );
}
