import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Entity } from '@backstage/catalog-model';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  aiOpsBudgetUpdatePermission,
  aiOpsWorkspaceManagePermission,
} from '@internal/plugin-ai-ops-common';
import { choose, openDialog, press } from '@internal/portal-react/testing';
import { FakeAiOpsApi } from '../../__testUtils__/FakeAiOpsApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { SettingsPage } from './SettingsPage';

const user = userEvent.setup({ delay: null });

/** Users and groups of the catalog the member picker searches. */
const catalogEntities: Entity[] = [
  ['User', 'ben', 'Ben Ortiz'],
  ['User', 'bea', 'Bea Santos'],
  ['Group', 'benchmarks', 'Benchmarks guild'],
  ['Group', 'ml-platform', 'ML platform'],
].map(([kind, name, displayName]) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: { profile: { displayName } },
}));

/** The page against a fake AI-Ops API and a catalog with those entities. */
function renderSettings(options: Parameters<typeof renderPage>[1] = {}) {
  return renderPage(<SettingsPage />, {
    apis: [catalogApiMock({ entities: catalogEntities })],
    ...options,
  });
}

async function replaceText(box: HTMLElement, text: string) {
  await user.clear(box);
  if (text) await user.type(box, text);
}

describe('SettingsPage', () => {
  it('edits the workspace details', async () => {
    const { api } = renderSettings();
    const details = await screen.findByRole('region', { name: 'Workspace' });
    const title = await within(details).findByRole('textbox', {
      name: /^Title/,
    });
    expect(details).toHaveTextContent('forecasting in');
    await replaceText(title, 'Demand forecasting');
    await user.click(
      within(details).getByRole('button', { name: 'Save details' }),
    );
    await waitFor(() =>
      expect(api.workspaces[1].title).toBe('Demand forecasting'),
    );
  });

  it('adds a member picked from the catalog, changes the role and removes one', async () => {
    const { api } = renderSettings();
    const members = await screen.findByRole('region', { name: 'Members' });
    await within(members).findByText('user:default/ana');
    const principal = within(members).getByRole('combobox', {
      name: /^User or group/,
    });
    await replaceText(principal, 'ben');
    // Users and groups whose name or display name matches, by display name.
    const listbox = await screen.findByRole('listbox');
    await waitFor(() =>
      expect(
        within(listbox)
          .getAllByRole('option')
          .map(option => option.textContent),
      ).toEqual([
        'Ben Ortizuser:default/ben',
        'Benchmarks guildgroup:default/benchmarks',
      ]),
    );
    // Typed text that is no ref is refused, not sent.
    await user.keyboard('{Escape}');
    await user.click(
      within(members).getByRole('button', { name: 'Add member' }),
    );
    expect(principal).toHaveAccessibleDescription(/Expected an entity ref/);
    expect(api.members).toHaveLength(2);

    await replaceText(principal, 'ortiz');
    await user.click(await screen.findByRole('option', { name: /^Ben Ortiz/ }));
    expect(principal).toHaveValue('user:default/ben');
    await choose(members, /Role$/, 'editor');
    await user.click(
      within(members).getByRole('button', { name: 'Add member' }),
    );
    expect(await within(members).findByText('user:default/ben')).toBeVisible();
    expect(api.members).toContainEqual(
      expect.objectContaining({
        principal: 'user:default/ben',
        role: 'editor',
      }),
    );

    await choose(members, /Role of user:default\/ana$/, 'admin');
    await waitFor(() =>
      expect(api.members).toContainEqual(
        expect.objectContaining({
          principal: 'user:default/ana',
          role: 'admin',
        }),
      ),
    );

    const dialog = await openDialog('Remove user:default/ben');
    expect(dialog).toHaveTextContent('loses the editor role');
    await press(dialog, 'Delete');
    await waitFor(() =>
      expect(api.members.map(m => m.principal)).not.toContain(
        'user:default/ben',
      ),
    );
  });

  it('sets the budget and shows the price table', async () => {
    const { api } = renderSettings();
    const panel = await screen.findByRole('region', { name: 'Monthly budget' });
    expect(
      await within(panel).findByText('$12.50 spent this month; no budget set'),
    ).toBeInTheDocument();
    await replaceText(
      within(panel).getByRole('textbox', { name: /^Monthly limit/ }),
      '500',
    );
    await replaceText(
      within(panel).getByRole('textbox', { name: /^Alert thresholds/ }),
      '80, 100',
    );
    await user.click(within(panel).getByRole('switch'));
    await user.click(
      within(panel).getByRole('button', { name: 'Save budget' }),
    );
    await waitFor(() =>
      expect(api.budget).toMatchObject({
        monthlyLimit: 500,
        thresholds: [80, 100],
        blockNewRuns: true,
      }),
    );
    expect(
      await within(panel).findByText('$12.50 spent this month of $500.00'),
    ).toBeInTheDocument();

    const prices = screen.getByRole('region', { name: 'Prices' });
    expect(await within(prices).findByText('GPU hour')).toBeInTheDocument();
    expect(prices).toHaveTextContent('$2.50');
    expect(prices).toHaveTextContent('$0.00001');
  });

  it('disables what the user may not change, saying why', async () => {
    // Answers are cached per workspace for the file: ask about another one.
    const api = new FakeAiOpsApi();
    api.current = 'ml-research';
    const { answered } = renderSettings({
      api,
      deny: [
        aiOpsWorkspaceManagePermission.name,
        aiOpsBudgetUpdatePermission.name,
      ],
    });
    await answered(aiOpsWorkspaceManagePermission.name);
    await answered(aiOpsBudgetUpdatePermission.name);
    const add = await screen.findByRole('button', { name: 'Add member' });
    expect(add).toBeDisabled();
    expect(add.parentElement).toHaveAttribute(
      'title',
      'You need ai-ops.workspace.manage in ml-research to change this',
    );
    expect(
      await screen.findByRole('button', { name: 'Remove user:default/ana' }),
    ).toBeDisabled();
    const save = screen.getByRole('button', { name: 'Save budget' });
    expect(save).toBeDisabled();
    expect(save.parentElement).toHaveAttribute(
      'title',
      'You need ai-ops.budget.update in ml-research to change this',
    );
    expect(screen.getByRole('button', { name: 'Save details' })).toBeDisabled();
  });
});
