import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Button,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  SearchField,
} from '@backstage/ui';
import {
  GlossaryStatus,
  GlossaryTerm,
  dataCatalogGlossaryEditPermission,
  glossaryStatuses,
} from '@internal/plugin-data-catalog-common';
import {
  AsyncView,
  asOptions,
  FilterSelect,
  plural,
  timeAgo,
  ListTable,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { useCan } from '../shared/permissions';
import { shortRef } from '../shared/refs';
import { GlossaryStatusChip } from '../shared/statusChips';
import { CatalogLinks, useCatalogLinks } from '../shared/useCatalogLinks';
import { useDebouncedValue } from '../shared/useDebouncedValue';
import { TermFormDialog } from './TermFormDialog';

function termColumns(links: CatalogLinks): ColumnConfig<GlossaryTerm>[] {
  return [
    {
      id: 'name',
      label: 'Term',
      isRowHeader: true,
      cell: term => (
        <CellText
          title={term.name}
          description={term.synonyms.join(', ') || undefined}
          href={links.term(term.id)}
        />
      ),
    },
    {
      id: 'status',
      label: 'Status',
      cell: term => (
        <Cell>
          <GlossaryStatusChip status={term.status} />
        </Cell>
      ),
    },
    {
      id: 'domain',
      label: 'Domain',
      cell: term => <CellText title={term.domain ?? '—'} />,
    },
    {
      id: 'owner',
      label: 'Owner',
      cell: term => <CellText title={shortRef(term.owner)} />,
    },
    {
      id: 'links',
      label: 'Used by',
      cell: term => <CellText title={plural(term.links.length, 'asset')} />,
    },
    {
      id: 'updated',
      label: 'Updated',
      cell: term => <CellText title={timeAgo(term.updatedAt)} />,
    },
  ];
}

/** The business glossary: terms by status, and proposing new ones. */
export function GlossaryPage() {
  const api = useApi(dataCatalogApiRef);
  const links = useCatalogLinks();
  const navigate = useNavigate();
  const canEdit = useCan(dataCatalogGlossaryEditPermission);
  const [status, setStatus] = useState<GlossaryStatus>();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const [creating, setCreating] = useState(false);
  const terms = useAsyncRetry(
    () => api.listGlossaryTerms({ status, q: q || undefined }),
    [api, status, q],
  );

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="end" gap="3">
        <Flex gap="3" align="end">
          <SearchField label="Search terms" value={text} onChange={setText} />
          <FilterSelect
            label="Status"
            anyLabel="Any status"
            options={asOptions(glossaryStatuses)}
            value={status}
            onChange={value => setStatus(value as GlossaryStatus | undefined)}
          />
        </Flex>
        {canEdit ? (
          <Button onPress={() => setCreating(true)}>Propose a term</Button>
        ) : null}
      </Flex>
      <AsyncView result={terms}>
        {list => (
          <ListTable
            columns={termColumns(links)}
            rows={list}
            empty="No glossary term matches."
          />
        )}
      </AsyncView>
      {creating ? (
        <TermFormDialog
          onClose={() => setCreating(false)}
          onSaved={term => navigate(links.term(term.id))}
        />
      ) : null}
    </Flex>
  );
}
