import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runs } from '../../__testUtils__/fixtures';
import { renderPage } from '../../__testUtils__/renderPage';
import { RunCost } from './RunCost';

describe('RunCost', () => {
  it('marks usage estimated from the resource profile, with why', async () => {
    const [ingest, train, evaluate] = runs[0].tasks;
    const run = {
      ...runs[0],
      tasks: [
        { ...ingest, usageSource: 'measured' as const },
        { ...train, usageSource: 'profile' as const },
        evaluate,
      ],
    };
    renderPage(<RunCost run={run} />);

    const row = (nodeId: string) => screen.getByText(nodeId).closest('tr')!;
    await screen.findByText('train');
    const marker = within(row('train')).getByRole('button', {
      name: 'estimated from profile',
    });
    expect(within(row('ingest')).getByText('measured')).toBeInTheDocument();
    expect(
      within(row('ingest')).queryByRole('button', {
        name: 'estimated from profile',
      }),
    ).not.toBeInTheDocument();
    expect(
      within(row('evaluate')).queryByRole('button', {
        name: 'estimated from profile',
      }),
    ).not.toBeInTheDocument();

    // Pointed at with a mouse, the marker explains itself.
    await userEvent.click(document.body);
    await userEvent.hover(marker);
    expect(
      await screen.findByRole('tooltip', {}, { timeout: 3_000 }),
    ).toHaveTextContent("GPU hours are always the profile's GPUs × wall time");
  });
});
