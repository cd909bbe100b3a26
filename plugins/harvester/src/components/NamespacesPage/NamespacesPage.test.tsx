import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InputError } from '@backstage/errors';
import { fill, openDialog } from '@internal/portal-react/testing';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { NamespacesPage } from './NamespacesPage';

const route = '/harvester/namespaces?cluster=prod';

function rowOf(name: string): HTMLElement {
  return screen
    .getByRole('rowheader', { name: new RegExp(`^${name}`) })
    .closest('[role="row"]') as HTMLElement;
}

describe('NamespacesPage', () => {
  it('shows each quota against its usage, and open limits', async () => {
    renderPage(<NamespacesPage />, { route });
    await screen.findByRole('rowheader', { name: /^team-a/ });
    const teamA = rowOf('team-a');
    expect(teamA).toHaveTextContent('team-a');
    expect(
      within(teamA).getByRole('meter', { name: 'CPU of team-a' }),
    ).toHaveAttribute('aria-valuetext', '4 cores / 16 cores · 25%');
    expect(
      within(teamA).getByRole('meter', { name: 'Memory of team-a' }),
    ).toHaveAttribute('aria-valuetext', '8 GiB / 64 GiB · 13%');
    expect(
      within(teamA).getByRole('meter', { name: 'VMs of team-a' }),
    ).toHaveAttribute('aria-valuetext', '2 / 10 · 20%');

    const open = rowOf('default');
    expect(within(open).queryByRole('meter')).toBeNull();
    expect(within(open).getByLabelText('CPU of default')).toHaveTextContent(
      '8 cores · no limit',
    );
    expect(within(open).getByLabelText('VMs of default')).toHaveTextContent(
      '3 · no limit',
    );
    expect(open).toHaveTextContent('shop');
  });

  it('searches namespaces on the server', async () => {
    const api = new FakeHarvesterApi();
    const list = jest.spyOn(api, 'listNamespaces');
    renderPage(<NamespacesPage />, { api, route });
    await screen.findByRole('rowheader', { name: /^team-a/ });
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search namespaces' }),
      'team',
    );
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: /^default/ })).toBeNull(),
    );
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ cluster: ['prod'], q: 'team', offset: 0 }),
    );
  });

  it('creates a namespace with its owner', async () => {
    const api = new FakeHarvesterApi();
    const create = jest.spyOn(api, 'createNamespace');
    renderPage(<NamespacesPage />, { api, route });
    await screen.findByRole('rowheader', { name: /^team-a/ });
    const dialog = await openDialog('Create namespace');
    await fill(dialog, /^Name/, 'team-b');
    await fill(dialog, /^Owner/, 'group:default/team-b');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith('prod', {
        name: 'team-b',
        owner: 'group:default/team-b',
      }),
    );
    expect(
      await screen.findByRole('rowheader', { name: /^team-b/ }),
    ).toBeInTheDocument();
  });

  it('refuses a bad name and shows the server refusal', async () => {
    const api = new FakeHarvesterApi();
    const create = jest.spyOn(api, 'createNamespace');
    renderPage(<NamespacesPage />, { api, route });
    await screen.findByRole('rowheader', { name: /^team-a/ });
    const dialog = await openDialog('Create namespace');
    await fill(dialog, /^Name/, 'Team B');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(
      within(dialog).getByRole('textbox', { name: /^Name/ }),
    ).toBeInvalid();
    expect(create).not.toHaveBeenCalled();

    await fill(dialog, /^Name/, 'team-a');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'team-a already exists',
    );
  });

  it('edits a quota; an empty field lifts that limit', async () => {
    const api = new FakeHarvesterApi();
    const save = jest.spyOn(api, 'setNamespaceQuota');
    renderPage(<NamespacesPage />, { api, route });
    await screen.findByRole('rowheader', { name: /^team-a/ });
    const dialog = await openDialog('Edit quota of team-a');
    expect(
      within(dialog).getByRole('textbox', { name: 'CPU (cores)' }),
    ).toHaveValue('16');
    expect(
      within(dialog).getByRole('textbox', { name: 'Memory (GiB)' }),
    ).toHaveValue('64');
    expect(
      within(dialog).getByRole('textbox', { name: 'Storage (GiB)' }),
    ).toHaveValue('500');
    expect(within(dialog).getByRole('textbox', { name: 'VMs' })).toHaveValue(
      '10',
    );

    await fill(dialog, 'CPU (cores)', '');
    await fill(dialog, 'Memory (GiB)', '32');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(save).toHaveBeenCalledWith(
        expect.objectContaining({ cluster: 'prod', name: 'team-a' }),
        {
          memory: '32Gi',
          storage: '500Gi',
          vmCount: 10,
        },
      ),
    );
    await waitFor(() =>
      expect(
        within(rowOf('team-a')).getByLabelText('CPU of team-a'),
      ).toHaveTextContent('no limit'),
    );
  });

  it('refuses a non-number and shows the server 400 below usage', async () => {
    const api = new FakeHarvesterApi();
    const save = jest
      .spyOn(api, 'setNamespaceQuota')
      .mockRejectedValue(
        new InputError('memory: 4Gi is below the current usage of 8Gi'),
      );
    renderPage(<NamespacesPage />, { api, route });
    await screen.findByRole('rowheader', { name: /^team-a/ });
    const dialog = await openDialog('Edit quota of team-a');
    await fill(dialog, 'VMs', 'many');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('textbox', { name: 'VMs' })).toBeInvalid();
    expect(save).not.toHaveBeenCalled();

    await fill(dialog, 'VMs', '10');
    await fill(dialog, 'Memory (GiB)', '4');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'memory: 4Gi is below the current usage of 8Gi',
    );
  });

  it('offers no quota editing without the namespace manage permission', async () => {
    // Permission answers are cached per object: ask about one no other test shows.
    const api = new FakeHarvesterApi();
    api.namespaces.push({ ...api.namespaces[1], name: 'private-ns' });
    const { answered } = renderPage(<NamespacesPage />, {
      api,
      route: `${route}&q=private`,
      deny: ['harvester.namespace.manage'],
    });
    await screen.findByText('private-ns');
    await answered('harvester.namespace.manage');
    expect(screen.queryByRole('button', { name: /^Edit quota/ })).toBeNull();
  });
});
