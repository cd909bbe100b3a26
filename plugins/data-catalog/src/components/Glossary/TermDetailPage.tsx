import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Grid, Text } from '@backstage/ui';
import { dataCatalogGlossaryEditPermission } from '@internal/plugin-data-catalog-common';
import {
  AsyncView,
  DetailHeading,
  Panel,
  useDialog,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { useCan } from '../shared/permissions';
import { shortRef } from '../shared/refs';
import { GlossaryStatusChip } from '../shared/statusChips';
import { useCatalogLinks } from '../shared/useCatalogLinks';
import { TermFormDialog } from './TermFormDialog';
import { TermHistory } from './TermHistory';
import { TermLinks } from './TermLinks';
import { TermWorkflow } from './TermWorkflow';
import { isEditable } from './workflow';

/** One glossary term: its definition, workflow, usage and history. */
export function TermDetailPage() {
  const { termId = '' } = useParams();
  const api = useApi(dataCatalogApiRef);
  const links = useCatalogLinks();
  const canEdit = useCan(dataCatalogGlossaryEditPermission);
  const term = useAsyncRetry(() => api.getGlossaryTerm(termId), [api, termId]);
  const editor = useDialog(term.retry);

  return (
    <AsyncView result={term}>
      {value => (
        <Flex direction="column" gap="4">
          <DetailHeading
            back={{ href: links.glossary(), label: 'Glossary' }}
            title={value.name}
            badges={<GlossaryStatusChip status={value.status} />}
            actions={
              <Flex gap="2">
                {canEdit && isEditable(value.status) ? (
                  <Button variant="secondary" onPress={() => editor.open(true)}>
                    Edit
                  </Button>
                ) : null}
                <TermWorkflow term={value} onChanged={term.retry} />
              </Flex>
            }
          />
          <Grid.Root columns={{ initial: '1', md: '3' }} gap="4">
            <Grid.Item colSpan={{ initial: '1', md: '2' }}>
              <Flex direction="column" gap="4">
                <Panel title="Definition">
                  <Flex direction="column" gap="2">
                    <Text as="p">{value.definition}</Text>
                    <Text as="p" variant="body-small" color="secondary">
                      Synonyms: {value.synonyms.join(', ') || '—'} · Domain:{' '}
                      {value.domain ?? '—'} · Owner: {shortRef(value.owner)} ·
                      Reviewers: {value.reviewers.map(shortRef).join(', ')}
                    </Text>
                  </Flex>
                </Panel>
                <Panel title="Used by">
                  <TermLinks
                    term={value}
                    canEdit={canEdit}
                    onChanged={term.retry}
                  />
                </Panel>
              </Flex>
            </Grid.Item>
            <Panel title="History">
              <TermHistory entries={value.history} />
            </Panel>
          </Grid.Root>
          {editor.subject ? (
            <TermFormDialog
              term={value}
              onClose={editor.close}
              onSaved={editor.finish}
            />
          ) : null}
        </Flex>
      )}
    </AsyncView>
  );
}
