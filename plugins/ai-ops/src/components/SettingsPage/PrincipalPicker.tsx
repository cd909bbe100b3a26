import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { Combobox, ComboboxItemText } from '@backstage/ui';
import { describeError, FieldBinding } from '@internal/portal-react';

/** Enough to find someone without flooding the list. */
const SEARCH_LIMIT = 20;

type PrincipalOption = { id: string; displayName: string };

function toOption(entity: Entity): PrincipalOption {
  const profile = entity.spec?.profile as { displayName?: string } | undefined;
  return {
    id: stringifyEntityRef(entity),
    displayName:
      profile?.displayName ?? entity.metadata.title ?? entity.metadata.name,
  };
}

/** The catalog's users and groups matching what was typed, debounced. */
function useCatalogPrincipals(text: string) {
  const catalogApi = useApi(catalogApiRef);
  const [term, setTerm] = useState(text.trim());
  useDebounce(() => setTerm(text.trim()), 250, [text]);
  return useAsync(async () => {
    const { items } = await catalogApi.queryEntities({
      filter: { kind: ['User', 'Group'] },
      fullTextFilter: {
        term,
        fields: ['metadata.name', 'metadata.title', 'spec.profile.displayName'],
      },
      orderFields: { field: 'metadata.name', order: 'asc' },
      limit: SEARCH_LIMIT,
    });
    return items.map(toOption);
  }, [catalogApi, term]);
}

/**
 * A user or group searched in the catalog by name as you type; picking
 * one fills in its entity ref. A pasted ref is kept as typed and checked
 * by the form's schema like any other value.
 */
export function PrincipalPicker(
  props: FieldBinding & { label: string; isDisabled?: boolean },
) {
  const { value, onChange, label, ...field } = props;
  const found = useCatalogPrincipals(value);
  return (
    <Combobox
      {...field}
      label={label}
      description={
        found.error
          ? `Catalog search failed (${describeError(
              found.error,
            )}); paste an entity ref instead`
          : 'Search by name, or paste an entity ref such as group:default/ml-platform'
      }
      allowsCustomValue
      items={found.value ?? []}
      search={{ mode: 'server', inputValue: value, onInputChange: onChange }}
    >
      {option => (
        // The ref is the item's text: picking it puts the ref in the field.
        <ComboboxItemText
          id={option.id}
          title={option.displayName}
          description={option.id}
          textValue={option.id}
        />
      )}
    </Combobox>
  );
}
