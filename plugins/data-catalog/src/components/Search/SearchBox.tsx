import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { SearchAutocomplete, SearchAutocompleteItem } from '@backstage/ui';
import type { AutocompleteSuggestion } from '@internal/plugin-data-catalog-common';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import type { CatalogLinks } from '../shared/useCatalogLinks';
import { useDebouncedValue } from '../shared/useDebouncedValue';

function suggestionHref(s: AutocompleteSuggestion, links: CatalogLinks) {
  if (s.kind === 'term') return links.term(s.id);
  if (s.kind === 'tag') return links.tables({ tag: s.label });
  return s.entityRef ? links.table(s.entityRef) : '';
}

/** A column's id is its table's ref; its label (`table.column`) tells them apart. */
function suggestionKey(s: AutocompleteSuggestion): string {
  return `${s.kind}:${s.id}:${s.label}`;
}

/**
 * The full-text box. Typing searches once the user pauses; the dropdown
 * suggests tables, columns, terms and tags to jump to directly.
 */
export function SearchBox(props: {
  value: string;
  onSearch(q: string): void;
  links: CatalogLinks;
}) {
  const api = useApi(dataCatalogApiRef);
  const [text, setText] = useState(props.value);
  const settled = useDebouncedValue(text.trim(), 300);
  const { onSearch, value } = props;

  // Another search (recent, saved, back button) replaces what is typed.
  useEffect(
    () => setText(current => (current.trim() === value ? current : value)),
    [value],
  );
  useEffect(() => {
    if (settled !== value) onSearch(settled);
    // Only a settled change of the text starts a search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  const suggestions = useAsync(
    async () => (settled.length >= 2 ? api.autocomplete(settled) : []),
    [api, settled],
  );

  return (
    <SearchAutocomplete
      aria-label="Search the data catalog"
      placeholder="Search tables, columns, glossary terms and tags"
      size="medium"
      inputValue={text}
      onInputChange={setText}
      isLoading={suggestions.loading}
    >
      {text.trim() ? (
        <SearchAutocompleteItem
          id="__search__"
          textValue={`Search for ${text}`}
          onAction={() => onSearch(text.trim())}
        >
          Search for “{text.trim()}”
        </SearchAutocompleteItem>
      ) : null}
      {(suggestions.value ?? []).map(suggestion => (
        <SearchAutocompleteItem
          key={suggestionKey(suggestion)}
          id={suggestionKey(suggestion)}
          textValue={suggestion.label}
          href={suggestionHref(suggestion, props.links)}
        >
          {suggestion.label} · {suggestion.kind}
        </SearchAutocompleteItem>
      ))}
    </SearchAutocomplete>
  );
}
