import { ResponseError } from '@backstage/errors';
import { PdpData, PdpInput, RegoDecision } from '@internal/plugin-authz-common';
import { DecisionPoint } from './DecisionPoint';
import { decisionEntrypoint, readPolicyRego } from './policyFiles';

/**
 * The same Rego run by an OPA server over its REST API: the policy is pushed
 * as module `portal_authz`, the PAP data to `data.pap`.
 */
export class OpaServerDecisionPoint implements DecisionPoint {
  readonly engine = 'server' as const;
  constructor(
    private readonly options: { baseUrl: string; timeoutMs: number },
  ) {}

  async load(data: PdpData): Promise<void> {
    // Pushed on every load too: a restarted server has forgotten both.
    await this.call(
      'PUT',
      '/v1/policies/portal_authz',
      await readPolicyRego(),
      'text/plain',
    );
    await this.call(
      'PUT',
      '/v1/data/pap',
      JSON.stringify(data),
      'application/json',
    );
  }

  async evaluate(input: PdpInput): Promise<RegoDecision> {
    const body = await this.call(
      'POST',
      `/v1/data/${decisionEntrypoint}`,
      JSON.stringify({ input }),
      'application/json',
    );
    const result = (body as { result?: RegoDecision } | undefined)?.result;
    if (!result) {
      throw new Error(
        'The OPA server returned no decision (is the policy loaded?)',
      );
    }
    return result;
  }

  private async call(
    method: string,
    path: string,
    body: string,
    contentType: string,
  ): Promise<unknown> {
    const response = await fetch(new URL(path, this.options.baseUrl), {
      method,
      body,
      headers: { 'content-type': contentType },
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  }
}
