import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import * as fixtures from '../../__testUtils__/fixtures';
import { renderPage } from '../../__testUtils__/renderPage';
import { QualityTab } from './QualityTab';

describe('QualityTab', () => {
  it('shows each check with its score, verdict and detail, and charts the profile', async () => {
    renderPage(
      <QualityTab detail={fixtures.ordersDetail} onChanged={jest.fn()} />,
    );
    expect(
      await screen.findByRole('meter', { name: 'Overall quality' }),
    ).toHaveAttribute('aria-valuenow', '92');
    const checks = screen.getByRole('list', { name: 'Quality checks' });
    const docs = within(checks).getByRole('listitem', {
      name: 'Documentation coverage',
    });
    expect(within(docs).getByRole('meter')).toHaveAttribute(
      'aria-valuenow',
      '50',
    );
    expect(docs).toHaveTextContent('needs attention');
    expect(docs).toHaveTextContent('2 of 4 documented');
    expect(
      screen.getByRole('img', {
        name: 'Null and distinct shares of 1 profiled columns',
      }),
    ).toBeInTheDocument();
  });

  it('profiles the table now and reloads it', async () => {
    const api = new FakeDataCatalogApi();
    let finish = () => {};
    jest
      .spyOn(api, 'profileTable')
      .mockImplementation(
        () => new Promise<void>(resolve => (finish = resolve)),
      );
    const onChanged = jest.fn();
    renderPage(
      <QualityTab detail={fixtures.ordersDetail} onChanged={onChanged} />,
      {
        api,
      },
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Profile now' }),
    );
    expect(
      await screen.findByRole('progressbar', { name: 'Profiling' }),
    ).toBeInTheDocument();
    finish();
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(screen.queryByRole('progressbar', { name: 'Profiling' })).toBeNull();
  });

  it('offers no profiling to readers', async () => {
    renderPage(
      <QualityTab detail={fixtures.customersDetail} onChanged={jest.fn()} />,
    );
    expect(
      await screen.findByText('No checks have run yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Profile now' })).toBeNull();
  });
});
