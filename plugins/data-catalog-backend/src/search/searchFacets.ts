import {
  FacetValue,
  SearchResponse,
} from '@internal/plugin-data-catalog-common';
import { parseJson } from '../assets/dbValues';
import { Candidate } from './searchCandidates';

type FacetName = keyof SearchResponse['facets'];

/** Values listed per facet, most frequent first. */
export const FACET_VALUES_SHOWN = 20;

/** The quality band of a table or column (terms and tags have none). */
export function qualityBand(candidate: Candidate): string | undefined {
  if (candidate.kind !== 'table' && candidate.kind !== 'column')
    return undefined;
  const score = candidate.quality;
  if (score === null || score === undefined) return 'unscored';
  if (score >= 80) return 'high';
  return score >= 50 ? 'medium' : 'low';
}

function byCountThenValue(a: FacetValue, b: FacetValue): number {
  return b.count - a.count || a.value.localeCompare(b.value);
}

/**
 * Counts per facet value over the candidates (the filtered matches, at
 * most CANDIDATE_CAP): the GROUP BY of the rows the ranking query already
 * returned, rather than a second pass over the index.
 */
export function countFacets(candidates: Candidate[]): SearchResponse['facets'] {
  const counts: Record<FacetName, Map<string, number>> = {
    kind: new Map(),
    platform: new Map(),
    tag: new Map(),
    owner: new Map(),
    domain: new Map(),
    quality: new Map(),
  };
  const count = (facet: FacetName, value: string | null | undefined) => {
    if (value) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  };
  for (const candidate of candidates) {
    count('kind', candidate.kind);
    count('platform', candidate.platform);
    count('owner', candidate.owner);
    count('domain', candidate.domain);
    count('quality', qualityBand(candidate));
    // Most documents have no tags: skip parsing `[]`.
    if (candidate.tags.length > 2) {
      for (const tag of parseJson<string[]>(candidate.tags) ?? [])
        count('tag', tag);
    }
  }
  const top = (facet: FacetName): FacetValue[] =>
    [...counts[facet]]
      .map(([value, n]) => ({ value, count: n }))
      .sort(byCountThenValue)
      .slice(0, FACET_VALUES_SHOWN);
  return {
    kind: top('kind'),
    platform: top('platform'),
    tag: top('tag'),
    owner: top('owner'),
    domain: top('domain'),
    quality: top('quality'),
  };
}
