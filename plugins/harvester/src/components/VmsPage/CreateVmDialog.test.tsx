import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { choose, fill, openDialog } from '@internal/portal-react/testing';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { VmsPage } from './VmsPage';

async function openCreate(api = new FakeHarvesterApi()) {
  const create = jest.spyOn(api, 'createVm');
  renderPage(<VmsPage />, { api, route: '/harvester/vms?cluster=prod' });
  const dialog = await openDialog('Create VM');
  await choose(dialog, /Namespace/, 'default');
  return { api, create, dialog };
}

describe('CreateVmDialog', () => {
  it('creates a VM from an image with its size and network', async () => {
    const { api, create, dialog } = await openCreate();
    await fill(dialog, 'Name', 'api-1');
    await choose(dialog, /Image/, 'ubuntu-22.04');
    await fill(dialog, 'Root disk size', '40Gi');
    await fill(dialog, 'CPU cores', '4');
    await fill(dialog, 'Memory', '8Gi');
    await choose(dialog, /Network/, 'default/vlan-100 (VLAN 100)');

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(create).toHaveBeenCalledWith(
      { cluster: 'prod', namespace: 'default' },
      {
        name: 'api-1',
        image: 'default/ubuntu-22-04',
        rootDiskSize: '40Gi',
        cpuCores: 4,
        memory: '8Gi',
        networks: [{ network: 'default/vlan-100', model: 'virtio' }],
        sshKeys: [],
        runStrategy: 'RerunOnFailure',
        dryRun: false,
      },
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      await screen.findByRole('link', { name: /^api-1/ }),
    ).toBeInTheDocument();
    expect(api.vms.map(vm => vm.name)).toContain('api-1');
  });

  it('sends the SSH keys, cloud-init user data and run strategy', async () => {
    const { create, dialog } = await openCreate();
    await fill(dialog, 'Name', 'api-3');
    await choose(dialog, /Image/, 'ubuntu-22.04');
    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: 'alice-key' }),
    );
    await fill(dialog, 'Cloud-init user data', '#cloud-config');
    await choose(dialog, /Run strategy/, 'Always running');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(create).toHaveBeenCalledWith(
      { cluster: 'prod', namespace: 'default' },
      expect.objectContaining({
        sshKeys: ['default/alice-key'],
        userData: '#cloud-config',
        runStrategy: 'Always',
      }),
    );
  });

  it('previews the manifest with a dry run that creates nothing', async () => {
    const { api, create, dialog } = await openCreate();
    await fill(dialog, 'Name', 'api-2');
    await choose(dialog, /Image/, 'ubuntu-22.04');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Preview' }),
    );
    expect(create).toHaveBeenCalledWith(
      { cluster: 'prod', namespace: 'default' },
      expect.objectContaining({ name: 'api-2', dryRun: true }),
    );
    const manifest = await within(dialog).findByLabelText('Manifest');
    expect(manifest).toHaveTextContent('"kind": "VirtualMachine"');
    expect(api.vms.map(vm => vm.name)).not.toContain('api-2');
  });

  it('sends only what the user set on top of a template', async () => {
    const { create, dialog } = await openCreate();
    await fill(dialog, 'Name', 'from-template');
    await userEvent.click(
      within(dialog).getByRole('radio', { name: 'Template' }),
    );
    expect(
      within(dialog).getByRole('textbox', { name: /CPU cores/ }),
    ).toHaveValue('');
    expect(
      within(dialog).queryByRole('button', { name: /Network/ }),
    ).toBeNull();
    await choose(dialog, /Template/, /default\/ubuntu-small/);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(create).toHaveBeenCalledWith(
      { cluster: 'prod', namespace: 'default' },
      {
        name: 'from-template',
        template: 'default/ubuntu-small',
        sshKeys: [],
        runStrategy: 'RerunOnFailure',
        dryRun: false,
      },
    );
  });

  it('shows what is wrong before sending anything', async () => {
    const { create, dialog } = await openCreate();
    await fill(dialog, 'Name', 'Not A Name');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(create).not.toHaveBeenCalled();
    expect(
      within(dialog).getByRole('textbox', { name: 'Name' }),
    ).toHaveAttribute('aria-invalid', 'true');
    expect(dialog).toHaveTextContent('must be lower-case letters');
  });

  it('keeps the dialog open with the server’s refusal', async () => {
    const { dialog } = await openCreate();
    await fill(dialog, 'Name', 'web-1');
    await choose(dialog, /Image/, 'ubuntu-22.04');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'web-1 already exists',
    );
  });
});
