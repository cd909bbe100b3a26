import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../__testUtils__/renderPage';
import { SchedulesPage } from './SchedulesPage';

describe('SchedulesPage', () => {
  it('lists schedules with their pipeline and next fire times, and disables one', async () => {
    const { api } = renderPage(<SchedulesPage />, {
      route: '/ai-ops/schedules',
    });
    const schedules = await screen.findByRole('region', { name: 'Schedules' });
    const row = within(schedules)
      .getByText('nightly')
      .closest('[role="row"]') as HTMLElement;
    expect(row).toHaveTextContent('Demand forecast');
    expect(row).toHaveTextContent('0 2 * * *Europe/Berlin');
    expect(row).toHaveTextContent('latest · max 1');
    expect(row).not.toHaveTextContent('disabled');

    await userEvent.click(
      within(row).getByRole('switch', { name: 'Enable nightly' }),
    );
    await waitFor(() => expect(api.schedules[0].enabled).toBe(false));
    expect(await within(row).findByText('disabled')).toBeInTheDocument();
  });
});
