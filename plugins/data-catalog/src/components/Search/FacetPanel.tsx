import { Checkbox, CheckboxGroup, Flex } from '@backstage/ui';
import type { SearchResponse } from '@internal/plugin-data-catalog-common';
import { shortRef } from '../shared/refs';
import { FacetKey, facetKeys } from './useSearchState';

const titles: Record<FacetKey, string> = {
  kind: 'Kind',
  platform: 'Platform',
  tag: 'Tag',
  owner: 'Owner',
  domain: 'Domain',
  quality: 'Quality',
};

function labelOf(facet: FacetKey, value: string) {
  return facet === 'owner' ? shortRef(value) : value;
}

/**
 * A checkbox per facet value with its count. A checked value stays listed
 * even when the current results no longer have it, so it can be unchecked.
 */
export function FacetPanel(props: {
  facets: SearchResponse['facets'];
  selected: Record<FacetKey, string[]>;
  onChange(facet: FacetKey, values: string[]): void;
}) {
  return (
    <Flex direction="column" gap="4" aria-label="Filters" role="group">
      {facetKeys.map(facet => {
        const counts = props.facets[facet] ?? [];
        const selected = props.selected[facet];
        const values = [
          ...counts,
          ...selected
            .filter(value => !counts.some(c => c.value === value))
            .map(value => ({ value, count: 0 })),
        ];
        if (values.length === 0) return null;
        return (
          <CheckboxGroup
            key={facet}
            label={titles[facet]}
            value={selected}
            onChange={next => props.onChange(facet, next)}
          >
            {values.map(({ value, count }) => (
              <Checkbox key={value} value={value}>
                {labelOf(facet, value)} ({count})
              </Checkbox>
            ))}
          </CheckboxGroup>
        );
      })}
    </Flex>
  );
}
