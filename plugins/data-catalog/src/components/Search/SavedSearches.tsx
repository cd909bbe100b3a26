import { Button, ButtonIcon, Flex, Text, TextField } from '@backstage/ui';
import CloseIcon from '@material-ui/icons/Close';
import type { SavedSearch } from '@internal/plugin-data-catalog-common';
import { EmptyText, timeAgo } from '@internal/portal-react';

function describe(search: SavedSearch) {
  const filters = Object.entries(search.filters)
    .filter(([, values]) => values.length)
    .map(([facet, values]) => `${facet}: ${values.join(', ')}`);
  return [search.query && `“${search.query}”`, ...filters]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Earlier searches to run again: the saved ones (removable) or the recent
 * ones the server remembers.
 */
export function SavedSearchList(props: {
  label: string;
  searches: SavedSearch[];
  empty: string;
  onRun(search: SavedSearch): void;
  onDelete?(search: SavedSearch): void;
}) {
  if (props.searches.length === 0) return <EmptyText>{props.empty}</EmptyText>;
  return (
    <ul aria-label={props.label} style={{ margin: 0, padding: 0 }}>
      {props.searches.map(search => (
        <li key={search.id} style={{ listStyle: 'none', marginBottom: 6 }}>
          <Flex justify="between" align="center" gap="1">
            <div>
              <Button
                variant="tertiary"
                size="small"
                onPress={() => props.onRun(search)}
              >
                {search.name}
              </Button>
              <Text as="p" variant="body-x-small" color="secondary">
                {describe(search)} · {timeAgo(search.lastUsedAt)}
              </Text>
            </div>
            {props.onDelete ? (
              <ButtonIcon
                variant="tertiary"
                size="small"
                aria-label={`Forget ${search.name}`}
                icon={<CloseIcon fontSize="small" />}
                onPress={() => props.onDelete?.(search)}
              />
            ) : null}
          </Flex>
        </li>
      ))}
    </ul>
  );
}

/** The reserved place for AI-assisted search, visibly not there yet. */
export function AskCatalogPanel() {
  return (
    <Flex direction="column" gap="2">
      <TextField
        aria-label="Ask the catalog"
        placeholder="Ask the catalog — coming soon"
        isDisabled
      />
      <Text variant="body-x-small" color="secondary">
        Questions in plain language (“which tables hold customer emails?”) will
        be answered here.
      </Text>
    </Flex>
  );
}
