import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, ButtonIcon, Flex, Link, TextField } from '@backstage/ui';
import CloseIcon from '@material-ui/icons/Close';
import {
  GlossaryTerm,
  glossaryLinkRequestSchema,
} from '@internal/plugin-data-catalog-common';
import {
  EmptyText,
  ErrorNote,
  useMutation,
  optional,
  useSchemaForm,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import type { GlossaryLink } from '../../api/types';
import { shortRef } from '../shared/refs';
import { useCatalogLinks } from '../shared/useCatalogLinks';

/**
 * The tables and columns that use the term. Editors link more (only to an
 * approved term, as the server requires) and remove links.
 */
export function TermLinks(props: {
  term: GlossaryTerm;
  canEdit: boolean;
  onChanged(): void;
}) {
  const { term } = props;
  const api = useApi(dataCatalogApiRef);
  const links = useCatalogLinks();
  const mutation = useMutation();
  const form = useSchemaForm({
    schema: glossaryLinkRequestSchema,
    initial: { entityRef: '', column: '' },
    toRequest: values => ({
      entityRef: values.entityRef.trim(),
      column: optional(values.column),
    }),
  });
  const [adding, setAdding] = useState(false);

  const change = async (send: () => Promise<void>, done: string) => {
    const ok = !!(await mutation.run(send, done));
    if (ok) props.onChanged();
    return ok;
  };
  const add = async () => {
    const link = form.submit();
    if (!link) return;
    if (await change(() => api.linkGlossaryTerm(term.id, link), 'Linked')) {
      setAdding(false);
    }
  };
  const remove = (link: GlossaryLink) =>
    change(() => api.unlinkGlossaryTerm(term.id, link), 'Link removed');

  return (
    <Flex direction="column" gap="3">
      {term.links.length === 0 ? (
        <EmptyText>No table or column uses this term yet.</EmptyText>
      ) : (
        <ul aria-label="Linked assets" style={{ margin: 0, padding: 0 }}>
          {term.links.map(link => (
            <li
              key={`${link.entityRef}#${link.column ?? ''}`}
              style={{ listStyle: 'none' }}
            >
              <Flex align="center" gap="2">
                <Link href={links.table(link.entityRef, 'columns')}>
                  {shortRef(link.entityRef)}
                  {link.column ? `.${link.column}` : ''}
                </Link>
                {props.canEdit ? (
                  <ButtonIcon
                    size="small"
                    variant="tertiary"
                    aria-label={`Unlink ${shortRef(link.entityRef)}${
                      link.column ? `.${link.column}` : ''
                    }`}
                    icon={<CloseIcon fontSize="small" />}
                    onPress={() => remove(link)}
                  />
                ) : null}
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {props.canEdit && term.status === 'approved' && !adding ? (
        <div>
          <Button variant="secondary" onPress={() => setAdding(true)}>
            Link a table or column
          </Button>
        </div>
      ) : null}
      {adding ? (
        <Flex gap="2" align="end" role="group" aria-label="New link">
          <TextField
            label="Table"
            placeholder="resource:shop/app.public.orders"
            {...form.field('entityRef')}
          />
          <TextField label="Column" {...form.field('column')} />
          <Button isPending={mutation.pending} onPress={add}>
            Link
          </Button>
        </Flex>
      ) : null}
      <ErrorNote message={mutation.error} />
    </Flex>
  );
}
