import { FakePrometheus } from './__testUtils__/FakePrometheus';
import { PrometheusClient, PrometheusError } from './PrometheusClient';

describe('PrometheusClient', () => {
  let prometheus: FakePrometheus;
  beforeEach(async () => {
    prometheus = await FakePrometheus.start();
  });
  afterEach(() => prometheus.close());

  const range = {
    start: new Date('2026-01-01T00:00:00Z'),
    end: new Date('2026-01-01T00:02:00Z'),
    stepSeconds: 60,
  };

  it('asks query_range with unix-second bounds and returns the matrix', async () => {
    prometheus.answer('up', [{ labels: { job: 'node' }, value: i => i }]);
    const client = new PrometheusClient(prometheus.url);
    expect(await client.queryRange('up', range)).toEqual([
      {
        metric: { job: 'node' },
        values: [
          [1767225600, '0'],
          [1767225660, '1'],
          [1767225720, '2'],
        ],
      },
    ]);
    expect(prometheus.received).toEqual([
      { query: 'up', start: 1767225600, end: 1767225720, step: 60 },
    ]);
  });

  it('names what Prometheus refused', async () => {
    const client = new PrometheusClient(prometheus.url);
    await expect(
      client.queryRange('up', { ...range, stepSeconds: 0 }),
    ).rejects.toThrow(
      'Prometheus answered 400 (bad_data: zero or negative query resolution step widths are not accepted)',
    );
  });

  it('gives up on a Prometheus that does not answer', async () => {
    prometheus.hang();
    const client = new PrometheusClient(prometheus.url, 300);
    const result = client.queryRange('up', range);
    await expect(result).rejects.toBeInstanceOf(PrometheusError);
    await expect(result).rejects.toThrow(
      'Prometheus did not answer within 0.3 s',
    );
  });
});
