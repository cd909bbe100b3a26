import { screen, within } from '@testing-library/react';
import { renderPage } from '../../__testUtils__/renderPage';
import { DatasetDetailPage } from './DatasetDetailPage';

describe('DatasetDetailPage', () => {
  it('shows the versions, the newest one’s schema, its validation and lineage', async () => {
    renderPage(<DatasetDetailPage />, {
      route: '/ai-ops/datasets/sales',
      mountPath: '/ai-ops/datasets/:dataset',
    });
    const versions = await screen.findByRole('region', { name: 'Versions' });
    const row = within(versions)
      .getByText('v1')
      .closest('[role="row"]') as HTMLElement;
    expect(row).toHaveTextContent('file:///data/sales.csv');
    expect(row).toHaveTextContent('2.0 KiB');
    expect(row).toHaveTextContent('120');
    const schema = screen.getByRole('region', { name: 'Schema of v1' });
    expect(schema).toHaveTextContent('daytimestamp');
    expect(schema).toHaveTextContent('unitsintegeryes');
    expect(
      await screen.findByRole('region', { name: 'Validation of v1' }),
    ).toHaveTextContent('Not validated yet.');
    expect(
      await screen.findByRole('region', { name: 'Lineage' }),
    ).toHaveTextContent('No upstream edges.');
  });
});
