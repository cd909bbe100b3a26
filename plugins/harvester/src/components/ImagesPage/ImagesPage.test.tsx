import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError } from '@backstage/errors';
import {
  choose,
  fill,
  openDialog,
  press,
} from '@internal/portal-react/testing';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { ImagesPage } from './ImagesPage';

const route = '/harvester/images?cluster=prod';

function rowOf(name: string): HTMLElement {
  return screen
    .getByRole('rowheader', { name: new RegExp(`^${name}`) })
    .closest('[role="row"]') as HTMLElement;
}

/** The Create image dialog with a namespace picked, over a spied fake. */
async function openCreateDialog() {
  const api = new FakeHarvesterApi();
  const create = jest.spyOn(api, 'createImage');
  renderPage(<ImagesPage />, { api, route });
  await screen.findByText('ubuntu-22.04');
  const dialog = await openDialog('Create image');
  await choose(dialog, /Namespace$/, 'default');
  return { create, dialog };
}

/** A 6 MiB image file, as the user picks it. */
const imageFile = () =>
  new File([new Uint8Array(6 * 2 ** 20)], 'noble.qcow2', {
    type: 'application/octet-stream',
  });

/**
 * The page over a fake whose upload waits, half sent, until `finish` lets
 * the fake's own upload complete it.
 */
function renderWithHeldUpload() {
  const api = new FakeHarvesterApi();
  const complete = api.uploadImage.bind(api);
  let finish: () => Promise<unknown> = async () => undefined;
  const upload = jest
    .spyOn(api, 'uploadImage')
    .mockImplementation((target, file, request, options) => {
      options?.onProgress?.({
        sentBytes: file.size / 2,
        totalBytes: file.size,
      });
      return new Promise((resolve, reject) => {
        finish = () =>
          complete(target, file, request, options).then(resolve, reject);
      });
    });
  renderPage(<ImagesPage />, { api, route });
  return { api, upload, finish: () => finish() };
}

describe('ImagesPage', () => {
  it('lists images with their state, progress, size and source', async () => {
    renderPage(<ImagesPage />, { route });
    await screen.findByText('ubuntu-22.04');
    const ubuntu = rowOf('ubuntu-22.04');
    expect(within(ubuntu).getByText('Active')).toHaveAttribute(
      'data-tone',
      'success',
    );
    expect(ubuntu).toHaveTextContent('2 GiB');
    expect(ubuntu).toHaveTextContent(
      'https://images.example.com/ubuntu-22-04.qcow2',
    );

    const rocky = rowOf('rocky-9');
    expect(within(rocky).getByText('Downloading')).toHaveAttribute(
      'data-tone',
      'info',
    );
    expect(
      within(rocky).getByRole('progressbar', { name: 'Download of rocky-9' }),
    ).toHaveAttribute('aria-valuenow', '40');

    const broken = rowOf('broken-image');
    expect(within(broken).getByText('Failed')).toHaveAttribute(
      'title',
      '404 Not Found',
    );
    expect(broken).toHaveTextContent('404 Not Found');
  });

  it('follows a download every 2 s until it is done', async () => {
    const api = new FakeHarvesterApi();
    const list = jest.spyOn(api, 'listImages');
    renderPage(<ImagesPage />, { api, route });
    await screen.findByText('rocky-9');
    const rocky = api.images.find(i => i.name === 'rocky-9')!;
    rocky.progress = 80;
    await waitFor(() =>
      expect(
        screen.getByRole('progressbar', { name: 'Download of rocky-9' }),
      ).toHaveAttribute('aria-valuenow', '80'),
    );

    Object.assign(rocky, {
      state: 'Active',
      progress: 100,
      sizeBytes: 1024 ** 3,
    });
    await waitFor(() =>
      expect(within(rowOf('rocky-9')).getByText('Active')).toBeInTheDocument(),
    );
    const calls = list.mock.calls.length;
    await act(() => new Promise(resolve => setTimeout(resolve, 2500)));
    expect(list).toHaveBeenCalledTimes(calls);
  });

  it('follows a new image from pending into its download', async () => {
    const api = new FakeHarvesterApi();
    const rocky = api.images.find(i => i.name === 'rocky-9')!;
    Object.assign(rocky, { state: 'Pending', progress: 0 });
    renderPage(<ImagesPage />, { api, route });
    await waitFor(() =>
      expect(within(rowOf('rocky-9')).getByText('Pending')).toBeVisible(),
    );
    Object.assign(rocky, { state: 'Downloading', progress: 30 });
    expect(
      await screen.findByRole(
        'progressbar',
        { name: 'Download of rocky-9' },
        { timeout: 3000 },
      ),
    ).toHaveAttribute('aria-valuenow', '30');
  });

  it('creates an image from a URL', async () => {
    const { create, dialog } = await openCreateDialog();
    await fill(dialog, /^Display name/, 'debian-12');
    await fill(dialog, /^URL/, 'https://cloud.debian.org/debian-12.qcow2');
    await fill(dialog, /^Checksum/, 'abc123');
    await choose(dialog, /Storage class$/, 'longhorn-ssd');
    await fill(dialog, /^Tags/, 'os=debian, lts');
    await press(dialog, 'Create');

    await waitFor(() =>
      expect(create).toHaveBeenCalledWith(
        { cluster: 'prod', namespace: 'default' },
        {
          displayName: 'debian-12',
          url: 'https://cloud.debian.org/debian-12.qcow2',
          checksum: 'abc123',
          storageClass: 'longhorn-ssd',
          tags: ['os=debian', 'lts'],
        },
      ),
    );
    expect(await screen.findByText('debian-12')).toBeInTheDocument();
    expect(
      within(rowOf('debian-12')).getByText('Downloading'),
    ).toBeInTheDocument();
  });

  it('refuses a URL that is not http(s) and shows the server 409', async () => {
    const { create, dialog } = await openCreateDialog();
    await fill(dialog, /^Display name/, 'ubuntu-22.04');
    await fill(dialog, /^URL/, 'ftp://mirror.example.com/ubuntu.img');
    await press(dialog, 'Create');
    expect(within(dialog).getByRole('textbox', { name: /^URL/ })).toBeInvalid();
    expect(create).not.toHaveBeenCalled();

    await fill(dialog, /^URL/, 'https://mirror.example.com/ubuntu.img');
    await press(dialog, 'Create');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'an image named ubuntu-22.04 exists',
    );
  });

  it('uploads a file showing how much is sent, then follows the image the cluster imports', async () => {
    const { upload, finish } = renderWithHeldUpload();
    await screen.findByText('ubuntu-22.04');
    const dialog = await openDialog('Upload image');
    const file = imageFile();
    await userEvent.upload(within(dialog).getByLabelText('Image file'), file);
    expect(
      within(dialog).getByRole('textbox', { name: /^Display name/ }),
    ).toHaveValue('noble.qcow2');
    await choose(dialog, /Namespace$/, 'default');
    await fill(dialog, /^Description/, 'Ubuntu 24.04 LTS');
    await fill(dialog, /^Tags/, 'os=ubuntu, lts');
    await press(dialog, 'Upload');

    const sent = await within(dialog).findByRole('progressbar', {
      name: 'Upload of noble.qcow2',
    });
    expect(sent).toHaveAttribute('aria-valuenow', '50');
    expect(dialog).toHaveTextContent('3 MiB of 6 MiB sent (50%)');
    expect(upload).toHaveBeenCalledWith(
      { cluster: 'prod', namespace: 'default' },
      file,
      {
        displayName: 'noble.qcow2',
        description: 'Ubuntu 24.04 LTS',
        tags: ['os=ubuntu', 'lts'],
        fileName: 'noble.qcow2',
      },
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );

    await act(finish);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      await screen.findByText('Image noble.qcow2 uploaded'),
    ).toBeInTheDocument();
    const row = rowOf('noble.qcow2');
    expect(within(row).getByText('Uploading')).toBeInTheDocument();
    expect(
      within(row).getByRole('progressbar', { name: 'Upload of noble.qcow2' }),
    ).toHaveAttribute('aria-valuenow', '0');
  });

  it('asks for a file, shows the server refusal and cancels an upload on its way', async () => {
    const { upload } = renderWithHeldUpload();
    await screen.findByText('ubuntu-22.04');
    const dialog = await openDialog('Upload image');
    await choose(dialog, /Namespace$/, 'default');
    await fill(dialog, /^Display name/, 'noble');
    await press(dialog, 'Upload');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Pick the file to upload',
    );
    expect(upload).not.toHaveBeenCalled();

    await userEvent.upload(
      within(dialog).getByLabelText('Image file'),
      imageFile(),
    );
    // A name the user typed stays.
    expect(
      within(dialog).getByRole('textbox', { name: /^Display name/ }),
    ).toHaveValue('noble');
    upload.mockRejectedValueOnce(
      new ConflictError('an image named noble exists'),
    );
    await press(dialog, 'Upload');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'an image named noble exists',
    );

    await press(dialog, 'Upload');
    await within(dialog).findByRole('progressbar', { name: 'Upload of noble' });
    const { signal } = upload.mock.calls[1][3]!;
    await press(dialog, 'Cancel');
    expect(signal!.aborted).toBe(true);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('deletes an image after confirmation and shows a refusal', async () => {
    const api = new FakeHarvesterApi();
    const remove = jest
      .spyOn(api, 'deleteImage')
      .mockRejectedValueOnce(
        new ConflictError('ubuntu-22.04 is used by 1 volume'),
      );
    renderPage(<ImagesPage />, { api, route });
    await screen.findByText('ubuntu-22.04');
    const dialog = await openDialog('Delete ubuntu-22.04');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'ubuntu-22.04 is used by 1 volume',
    );

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(screen.queryByText('ubuntu-22.04')).toBeNull());
    expect(remove).toHaveBeenLastCalledWith(
      expect.objectContaining({
        cluster: 'prod',
        namespace: 'default',
        name: 'ubuntu-22-04',
      }),
    );
  });

  it('offers no delete without the image manage permission', async () => {
    // Permission answers are cached per object: ask about one no other test shows.
    const api = new FakeHarvesterApi();
    api.images.push({
      ...api.images[0],
      name: 'private-image',
      displayName: 'private-image',
    });
    const { answered } = renderPage(<ImagesPage />, {
      api,
      route: `${route}&q=private`,
      deny: ['harvester.image.manage'],
    });
    await screen.findByText('private-image');
    await answered('harvester.image.manage');
    expect(screen.queryByRole('button', { name: /^Delete / })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Create image' }),
    ).toBeInTheDocument();
  });
});
