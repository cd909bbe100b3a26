import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aiOpsApiKeyManagePermission } from '@internal/plugin-ai-ops-common';
import { fill, openDialog, press } from '@internal/portal-react/testing';
import { FakeAiOpsApi } from '../../__testUtils__/FakeAiOpsApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { ApiKeysPanel } from './ApiKeysPanel';

const user = userEvent.setup({ delay: null });

describe('ApiKeysPanel', () => {
  it('creates a key shown once with a copy button, lists it masked and revokes it', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(window.navigator, 'clipboard', {
      value: { writeText },
      configurable: true,
    });
    const { api } = renderPage(<ApiKeysPanel />);
    const panel = await screen.findByRole('region', { name: 'API keys' });
    await within(panel).findByText('No API keys');

    let dialog = await openDialog('New API key');
    await press(dialog, 'Create');
    expect(
      within(dialog).getByRole('textbox', { name: /^Name/ }),
    ).toBeInvalid();
    await fill(dialog, /^Name/, 'ci');
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'runs:read' }),
    );
    await fill(dialog, /^Expires in/, '400');
    await press(dialog, 'Create');
    expect(
      within(dialog).getByRole('textbox', { name: /^Expires in/ }),
    ).toBeInvalid();
    await fill(dialog, /^Expires in/, '30');
    await press(dialog, 'Create');

    const shown = await screen.findByLabelText('New API key');
    dialog = screen.getByRole('dialog');
    const [created] = api.credentials.apiKeys;
    expect(created).toMatchObject({ name: 'ci', scopes: ['runs:create'] });
    expect(shown).toHaveTextContent(`aiops_${created.id}_`);
    expect(dialog).toHaveTextContent('shown only this once');
    await press(dialog, 'Copy key');
    expect(writeText).toHaveBeenCalledWith(shown.textContent);
    expect(
      within(dialog).getByRole('button', { name: 'Copied' }),
    ).toBeVisible();
    await press(dialog, 'Done');

    await within(panel).findByText(created.masked);
    expect(panel).not.toHaveTextContent(shown.textContent!);

    dialog = await openDialog('Revoke ci');
    expect(dialog).toHaveTextContent('refused from now on');
    await press(dialog, 'Revoke');
    expect(
      await within(panel).findByText('Revoked by user:default/tester'),
    ).toBeVisible();
    await waitFor(() => expect(created.revokedAt).toBeDefined());
  });

  it('disables creating keys without ai-ops.apikey.manage', async () => {
    // usePermission caches answers per workspace for the file: another one.
    const api = new FakeAiOpsApi();
    api.current = 'ml-research';
    const { answered } = renderPage(<ApiKeysPanel />, {
      api,
      deny: [aiOpsApiKeyManagePermission.name],
    });
    await answered(aiOpsApiKeyManagePermission.name);
    const panel = await screen.findByRole('region', { name: 'API keys' });
    await waitFor(() =>
      expect(
        within(panel).getByRole('button', { name: 'New API key' }),
      ).toBeDisabled(),
    );
  });
});
