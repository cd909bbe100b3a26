import { screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import {
  PageBlueprint,
  createFrontendPlugin,
} from '@backstage/frontend-plugin-api';
import { PlatformAreasCard } from './PlatformAreasCard';

// A page at / that shows the card, inside a whole app with its routes.
const cardPage = PageBlueprint.make({
  name: 'card',
  params: { path: '/', loader: async () => <PlatformAreasCard /> },
});

// Stands in for the Harvester family's frontend plugin once it lands.
const harvesterPlugin = createFrontendPlugin({
  pluginId: 'harvester',
  extensions: [
    PageBlueprint.make({
      params: { path: '/harvester', loader: async () => <div>VMs</div> },
    }),
  ],
});

describe('PlatformAreasCard', () => {
  it('marks every family as not installed in a bare app', async () => {
    renderTestApp({ extensions: [cardPage] });

    for (const title of ['Harvester', 'Data Catalog', 'Access', 'AI-Ops']) {
      expect(
        await screen.findByText(`${title} (not installed yet)`),
      ).toBeInTheDocument();
    }
  });

  it('links to a family whose page is installed', async () => {
    renderTestApp({ extensions: [cardPage], features: [harvesterPlugin] });

    const link = await screen.findByRole('link', { name: 'Harvester' });
    expect(link).toHaveAttribute('href', '/harvester');
    expect(
      screen.getByText('Data Catalog (not installed yet)'),
    ).toBeInTheDocument();
  });
});
