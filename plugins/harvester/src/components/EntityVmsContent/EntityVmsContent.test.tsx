import { screen, within } from '@testing-library/react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { EntityVmsContent } from './EntityVmsContent';

const entity = (selector: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'shop',
    annotations: { 'platform-portal.dev/harvester-selector': selector },
  },
  spec: {},
});

function renderFor(selector: string, api = new FakeHarvesterApi()) {
  const list = jest.spyOn(api, 'listVms');
  renderPage(
    <EntityProvider entity={entity(selector)}>
      <EntityVmsContent />
    </EntityProvider>,
    { api },
  );
  return { list };
}

const names = () =>
  screen
    .getAllByRole('rowheader')
    .map(cell => within(cell).getByRole('link').textContent);

describe('EntityVmsContent', () => {
  it('lists the VMs the annotation selects, linking to their pages', async () => {
    const { list } = renderFor('prod/default?tier=web');
    expect(await screen.findByRole('link', { name: /^web-1/ })).toHaveAttribute(
      'href',
      '/harvester/vms/prod/default/web-1',
    );
    expect(list).toHaveBeenCalledWith({
      cluster: ['prod'],
      namespace: ['default'],
      label: 'tier=web',
      offset: 0,
      limit: 25,
    });
    expect(names()).toEqual(['web-1', 'web-2']);
    expect(
      screen.getByText('VMs in prod/default labelled tier=web'),
    ).toBeInTheDocument();
  });

  it('takes every namespace of the cluster when none is named', async () => {
    const { list } = renderFor('prod?app=shop');
    await screen.findByRole('link', { name: /^web-1/ });
    expect(list).toHaveBeenCalledWith(
      expect.objectContaining({ cluster: ['prod'], namespace: undefined }),
    );
    expect(names()).toEqual(['web-1', 'web-2', 'db-1']);
  });

  it('explains an annotation it cannot read', async () => {
    const { list } = renderFor('prod/a/b');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'must read <cluster>[/<namespace>][?<label selector>]',
    );
    expect(list).not.toHaveBeenCalled();
  });
});
