import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo } from 'node:net';

/** A range query as Prometheus received it. */
export type ReceivedQuery = {
  query: string;
  start: number;
  end: number;
  step: number;
};

type FakeSeries = {
  labels: Record<string, string>;
  value: (i: number) => number;
};

/**
 * A stand-in for Prometheus' HTTP API: `GET /api/v1/query_range` validated
 * as Prometheus validates it (400 `bad_data` for a missing or bad
 * parameter) and answered in its response format, one sample per step
 * from `start` to `end`. A query gets the series registered for the first
 * metric name it contains (`answer`); everything it received is recorded.
 */
export class FakePrometheus {
  readonly received: ReceivedQuery[] = [];
  private readonly series = new Map<string, FakeSeries[]>();
  private failure?: { status: number; errorType: string; error: string };
  private hanging = false;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakePrometheus> {
    const server = createServer();
    const fake = new FakePrometheus(server);
    server.on('request', (req, res) => fake.handle(req, res));
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  /** Series for queries that read `metricName`. */
  answer(metricName: string, series: FakeSeries[]): void {
    this.series.set(metricName, series);
  }

  /** Answer every query with this Prometheus API error. */
  failWith(status: number, errorType: string, error: string): void {
    this.failure = { status, errorType, error };
  }

  /** Accept queries and never answer them. */
  hang(): void {
    this.hanging = true;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise(resolve => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    const answer = this.answerTo(req);
    if (!answer) return; // hanging
    res.writeHead(answer.status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  }

  private answerTo(
    req: IncomingMessage,
  ): { status: number; body: object } | undefined {
    const badData = (error: string) => ({
      status: 400,
      body: { status: 'error', errorType: 'bad_data', error },
    });
    const url = new URL(req.url ?? '/', 'http://prometheus');
    if (req.method !== 'GET' || url.pathname !== '/api/v1/query_range') {
      return {
        status: 404,
        body: { status: 'error', errorType: 'not_found', error: 'not found' },
      };
    }
    const query = url.searchParams.get('query');
    const [start, end, step] = ['start', 'end', 'step'].map(p =>
      Number(url.searchParams.get(p) ?? NaN),
    );
    if (!query) return badData('invalid parameter "query": empty');
    if (!Number.isFinite(start) || !Number.isFinite(end)) {
      return badData('invalid parameter "start" or "end"');
    }
    if (end < start) {
      return badData('end timestamp must not be before start time');
    }
    if (!(step > 0)) {
      return badData(
        'zero or negative query resolution step widths are not accepted',
      );
    }
    if ((end - start) / step > 11000) {
      return badData(
        'exceeded maximum resolution of 11,000 points per timeseries',
      );
    }
    this.received.push({ query, start, end, step });

    if (this.hanging) return undefined;
    if (this.failure) {
      const { status, ...error } = this.failure;
      return { status, body: { status: 'error', ...error } };
    }
    return {
      status: 200,
      body: {
        status: 'success',
        data: {
          resultType: 'matrix',
          result: this.matrix(query, start, end, step),
        },
      },
    };
  }

  /** The registered series of the query's metric, one sample per step. */
  private matrix(query: string, start: number, end: number, step: number) {
    const metricName = [...this.series.keys()].find(n => query.includes(n));
    return (metricName ? this.series.get(metricName)! : []).map(
      ({ labels, value }) => {
        const values: [number, string][] = [];
        for (let at = start, i = 0; at <= end; at += step, i++) {
          values.push([at, String(value(i))]);
        }
        return { metric: labels, values };
      },
    );
  }
}
