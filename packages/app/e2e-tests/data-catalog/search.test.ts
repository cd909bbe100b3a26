import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { uniqueSuffix } from '../authz/access';
import { openDataCatalog, startOnSyncedDemo } from './dataCatalog';

type Facet = { value: string; count: number };
type SearchResponse = {
  totalCount: number;
  hits: { kind: string; title: string }[];
  facets: Record<string, Facet[]>;
};
type Suggestion = { kind: string; label: string };
type SavedSearch = { id: string; name: string };

const query = 'customer';

test('Data catalog search: suggestions, highlighted hits, facets, saved and recent searches', async ({
  page,
}) => {
  const { errors, api } = await startOnSyncedDemo(page);
  // The search index follows the sync; wait until it holds the demo tables.
  await expect
    .poll(
      async () =>
        (
          await api.get<SearchResponse>(`/search?q=${query}&kind=table`)
        ).totalCount,
      { timeout: 60_000, message: 'the demo tables are indexed' },
    )
    .toBeGreaterThanOrEqual(3);
  const all = await api.get<SearchResponse>(`/search?q=${query}&limit=20`);
  const tables = await api.get<SearchResponse>(
    `/search?q=${query}&kind=table&limit=20`,
  );
  const suggestions = await api.get<Suggestion[]>(
    `/search/autocomplete?q=${query}`,
  );
  expect(suggestions.length).toBeGreaterThan(0);
  const tableFacet = all.facets.kind.find(f => f.value === 'table')!;
  const name = `E2E customer tables ${uniqueSuffix()}`;

  try {
    await openDataCatalog(page, 'Search');
    const box = page.getByRole('searchbox', {
      name: 'Search the data catalog',
    });

    await test.step('typing suggests tables, columns, terms and tags', async () => {
      await box.fill(query);
      const first = suggestions[0];
      await expect(
        page.getByRole('option', {
          name: `${first.label} · ${first.kind}`,
          exact: true,
        }),
      ).toBeVisible();
      await saveScreenshot(page, 'data-catalog-search-suggestions');
      await page.getByRole('option', { name: `Search for “${query}”` }).click();
    });

    const status = page
      .getByRole('region', { name: 'Results' })
      .getByRole('status');
    const hits = page.getByRole('feed', { name: 'Search results' });
    const facets = page.getByRole('complementary', { name: 'Facets' });

    await test.step('the search shows highlighted hits and facet counts', async () => {
      await expect(page).toHaveURL(new RegExp(`q=${query}`));
      await expect(status).toContainText(`${all.totalCount} results in`);
      await expect(hits.getByRole('article')).toHaveCount(all.hits.length);
      // The match is marked in the title and in the qualified name.
      await expect(
        hits
          .getByRole('article', { name: 'customers', exact: true })
          .first()
          .locator('mark'),
      ).toHaveText([query, query]);
      for (const facet of all.facets.kind) {
        await expect(
          facets.getByRole('checkbox', {
            name: `${facet.value} (${facet.count})`,
          }),
        ).toBeVisible();
      }
    });

    await test.step('ticking a facet narrows the hits to it', async () => {
      // The input is visually hidden; users click its label.
      const label = `table (${tableFacet.count})`;
      await facets.getByText(label, { exact: true }).click();
      await expect(page).toHaveURL(/kind=table/);
      await expect(facets.getByRole('checkbox', { name: label })).toBeChecked();
      await expect(status).toContainText(`${tables.totalCount} results in`);
      await expect(hits.getByRole('article')).toHaveCount(tables.hits.length);
      await expect(
        hits.getByRole('article').filter({ hasNotText: /^table/ }),
      ).toHaveCount(0);
      await saveScreenshot(page, 'data-catalog-search');
    });

    await test.step('the search is saved and listed with its filter', async () => {
      await page.getByRole('button', { name: 'Save this search' }).click();
      const dialog = page.getByRole('dialog', { name: 'Save this search' });
      await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue(
        query,
      );
      await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden();
      const saved = page.getByRole('list', { name: 'Saved searches' });
      const entry = saved.getByRole('listitem').filter({ hasText: name });
      await expect(entry).toContainText(`“${query}” · kind: table`);
    });

    await test.step('a search without hits says so and joins the recent searches', async () => {
      const nothing = `zz${uniqueSuffix()}`;
      await box.fill(nothing);
      await page
        .getByRole('option', { name: `Search for “${nothing}”` })
        .click();
      await expect(page).toHaveURL(new RegExp(`q=${nothing}`));
      await expect(status).toContainText('0 results in');
      await expect(page.getByText('Nothing matches.')).toBeVisible();
      const recent = page.getByRole('list', { name: 'Recent searches' });
      await expect(recent.getByRole('button', { name: nothing })).toBeVisible();
      await recent
        .getByRole('button', { name: query, exact: true })
        .first()
        .click();
      await expect(box).toHaveValue(query);
      await expect(hits.getByRole('article').first()).toBeVisible();
    });
  } finally {
    const saved = await api.get<SavedSearch[]>('/search/saved');
    for (const search of saved.filter(s => s.name === name)) {
      await api.deleteQuietly(`/search/saved/${search.id}`);
    }
  }

  expect(errors).toEqual([]);
});
