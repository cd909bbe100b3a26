import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeAuthzApi } from '../../__testUtils__/FakeAuthzApi';
import { renderWithApi } from '../../__testUtils__/renderWithApi';
import { DryRunPanel } from './DryRunPanel';

const draft = {
  policyId: 'policy-read',
  roleIds: ['role-viewer'],
  document: {
    Version: '2012-10-17' as const,
    Statement: [
      { Sid: 'ReadAll', Effect: 'Allow' as const, Action: '*', Resource: '*' },
    ],
  },
};

function fakeWithAnswers() {
  const api = new FakeAuthzApi();
  api.dryRunResponse = {
    decisionId: 'dec-42',
    revision: 9,
    current: {
      result: 'DENY',
      reasons: [
        {
          effect: 'Deny',
          policyName: 'no-deletes',
          sid: 'NoDelete',
          roleName: 'Viewer',
          conditional: false,
        },
      ],
      summary: 'Denied by no-deletes (NoDelete)',
    },
    draft: {
      result: 'ALLOW',
      reasons: [
        {
          effect: 'Allow',
          policyName: 'catalog-read',
          sid: 'ReadAll',
          roleName: 'Viewer',
          conditional: false,
        },
      ],
      summary: 'Allowed by catalog-read (ReadAll)',
    },
    changed: true,
  };
  api.impactResponse = {
    evaluated: 30,
    changes: [
      {
        userRef: 'user:default/bob.lee',
        permission: 'catalog.entity.read',
        before: 'DENY',
        after: 'ALLOW',
      },
    ],
  };
  return api;
}

async function fillForm() {
  await userEvent.type(
    await screen.findByRole('textbox', { name: 'User' }),
    'user:default/bob.lee',
  );
  await userEvent.type(
    screen.getByRole('combobox', { name: 'Permission' }),
    'catalog.entity',
  );
  await userEvent.click(
    await screen.findByRole('option', { name: /catalog\.entity\.read/ }),
  );
}

describe('DryRunPanel', () => {
  it('asks the PDP with the installed permission and shows results and reasons', async () => {
    const api = fakeWithAnswers();
    const dryRun = jest.spyOn(api, 'dryRun');
    renderWithApi(<DryRunPanel draft={draft} />, api);
    await fillForm();
    await userEvent.click(screen.getByRole('button', { name: 'Run dry run' }));

    const result = await screen.findByRole('region', {
      name: 'Dry run result',
    });
    expect(dryRun).toHaveBeenCalledWith({
      principal: { userRef: 'user:default/bob.lee' },
      permission: {
        name: 'catalog.entity.read',
        type: 'resource',
        resourceType: 'catalog-entity',
        action: 'read',
      },
      draft,
    });
    const current = within(result).getByRole('region', {
      name: 'Current policies',
    });
    expect(within(current).getByText('DENY')).toBeInTheDocument();
    expect(within(current).getByText('NoDelete')).toBeInTheDocument();
    const withDraft = within(result).getByRole('region', {
      name: 'With the draft',
    });
    expect(within(withDraft).getByText('ALLOW')).toBeInTheDocument();
    expect(within(withDraft).getByText('ReadAll')).toBeInTheDocument();
    expect(
      within(result).getByText('The draft changes this outcome'),
    ).toBeInTheDocument();
  });

  it('lists what the draft would change across users', async () => {
    const api = fakeWithAnswers();
    const impact = jest.spyOn(api, 'dryRunImpact');
    renderWithApi(<DryRunPanel draft={draft} />, api);
    await fillForm();
    await userEvent.click(
      screen.getByRole('button', { name: 'What would change' }),
    );

    const section = await screen.findByRole('region', {
      name: 'What would change',
    });
    expect(
      within(section).getByText('1 of 30 evaluated outcomes would change.'),
    ).toBeInTheDocument();
    expect(
      within(section).getByText('user:default/bob.lee'),
    ).toBeInTheDocument();
    expect(impact).toHaveBeenCalledWith(
      expect.objectContaining({
        draft,
        permissions: [expect.objectContaining({ name: 'catalog.entity.read' })],
      }),
    );
  });

  it('names the bad field instead of asking the PDP', async () => {
    const api = fakeWithAnswers();
    const dryRun = jest.spyOn(api, 'dryRun');
    renderWithApi(<DryRunPanel />, api);
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'User' }),
      'bob',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Run dry run' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'User' })).toBeInvalid(),
    );
    expect(screen.getByText(/must be a user entity ref/)).toBeInTheDocument();
    expect(dryRun).not.toHaveBeenCalled();
  });
});
