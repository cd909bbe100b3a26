/** One series of a range query: its labels and `[unix seconds, value]` samples. */
export type PrometheusRangeSeries = {
  metric: Record<string, string>;
  values: [number, string][];
};

/** Prometheus could not be asked, or refused the query. */
export class PrometheusError extends Error {
  name = 'PrometheusError';
}

type ApiResponse = {
  status?: 'success' | 'error';
  data?: { resultType?: string; result?: PrometheusRangeSeries[] };
  errorType?: string;
  error?: string;
};

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Range queries against Prometheus' HTTP API (`GET /api/v1/query_range`).
 * Every failure is a PrometheusError naming what went wrong, so callers can
 * show it beside the data they still have.
 */
export class PrometheusClient {
  private readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  async queryRange(
    query: string,
    range: { start: Date; end: Date; stepSeconds: number },
  ): Promise<PrometheusRangeSeries[]> {
    const params = new URLSearchParams({
      query,
      start: String(range.start.getTime() / 1000),
      end: String(range.end.getTime() / 1000),
      step: String(range.stepSeconds),
      // Prometheus gives up a little before this client does.
      timeout: `${Math.max(1, Math.floor(this.timeoutMs / 1000) - 1)}s`,
    });
    const body = await this.get(`/api/v1/query_range?${params}`);
    if (body.data?.resultType !== 'matrix' || !body.data.result) {
      throw new PrometheusError(
        `Prometheus answered a ${
          body.data?.resultType ?? 'malformed'
        } result to a range query`,
      );
    }
    return body.data.result;
  }

  private async get(path: string): Promise<ApiResponse> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        headers: { Accept: 'application/json' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new PrometheusError(
        (error as Error)?.name === 'TimeoutError'
          ? `Prometheus did not answer within ${this.timeoutMs / 1000} s`
          : `Prometheus at ${this.baseUrl} cannot be reached: ${
              (error as Error & { cause?: Error }).cause?.message ?? error
            }`,
      );
    }
    const body = (await response.json().catch(() => ({}))) as ApiResponse;
    if (!response.ok || body.status !== 'success') {
      throw new PrometheusError(
        `Prometheus answered ${response.status}${
          body.error ? ` (${body.errorType ?? 'error'}: ${body.error})` : ''
        }`,
      );
    }
    return body;
  }
}
