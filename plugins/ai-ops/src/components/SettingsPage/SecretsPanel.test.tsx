import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aiOpsSecretRevealPermission } from '@internal/plugin-ai-ops-common';
import { fill, openDialog, press } from '@internal/portal-react/testing';
import { FakeAiOpsApi } from '../../__testUtils__/FakeAiOpsApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { REVEAL_SECONDS } from './RevealSecretDialog';
import { SecretsPanel } from './SecretsPanel';

const user = userEvent.setup({ delay: null });

describe('SecretsPanel', () => {
  afterEach(() => jest.useRealTimers());

  it('sets a value, reveals it for 30 s, shows the access log and deletes it', async () => {
    const { api } = renderPage(<SecretsPanel />);
    const panel = await screen.findByRole('region', { name: 'Secrets' });
    await within(panel).findByText('No secrets');

    let dialog = await openDialog('New secret');
    await fill(dialog, /^Name/, 'bad name');
    await press(dialog, 'Save');
    expect(
      within(dialog).getByRole('textbox', { name: /^Name/ }),
    ).toBeInvalid();
    await fill(dialog, /^Name/, 'warehouse');
    await user.type(within(dialog).getByLabelText(/^Value/), 'hunter2');
    await fill(dialog, /^Description/, 'read-only user');
    await press(dialog, 'Save');
    await within(panel).findByText('warehouse');
    expect(panel).toHaveTextContent('read-only user');
    expect(panel).not.toHaveTextContent('hunter2');
    expect(api.credentials.secrets[0].value).toBe('hunter2');

    dialog = await openDialog('Reveal warehouse');
    await fill(dialog, 'Reason', 'debug the connection');
    jest.useFakeTimers();
    await act(async () => {
      within(dialog).getByRole('button', { name: 'Reveal' }).click();
    });
    expect(
      await within(dialog).findByLabelText('Secret value'),
    ).toHaveTextContent('hunter2');
    act(() => jest.advanceTimersByTime(REVEAL_SECONDS * 1000));
    expect(within(dialog).queryByLabelText('Secret value')).toBeNull();
    expect(dialog).toHaveTextContent('The value is hidden again.');
    jest.useRealTimers();
    await press(dialog, 'Done');

    dialog = await openDialog('Access log warehouse');
    expect(
      await within(dialog).findByText('reveal: debug the connection'),
    ).toBeVisible();
    expect(dialog).toHaveTextContent('user:default/tester');
    await press(dialog, 'Done');

    dialog = await openDialog('Delete warehouse');
    await press(dialog, 'Delete');
    await within(panel).findByText('No secrets');
  });

  it('offers reveal and the access log only with ai-ops.secret.reveal', async () => {
    // usePermission caches answers per workspace for the file: another one.
    const api = new FakeAiOpsApi();
    api.current = 'ml-research';
    await api.putSecret('ml-research', 'warehouse', { value: 'v' });
    const { answered } = renderPage(<SecretsPanel />, {
      api,
      deny: [aiOpsSecretRevealPermission.name],
    });
    await answered(aiOpsSecretRevealPermission.name);
    const panel = await screen.findByRole('region', { name: 'Secrets' });
    await within(panel).findByText('warehouse');
    await waitFor(() =>
      expect(
        within(panel).getByRole('button', { name: 'Set value warehouse' }),
      ).toBeEnabled(),
    );
    expect(
      within(panel).queryByRole('button', { name: 'Reveal warehouse' }),
    ).toBeNull();
    expect(
      within(panel).queryByRole('button', { name: 'Access log warehouse' }),
    ).toBeNull();
  });
});
