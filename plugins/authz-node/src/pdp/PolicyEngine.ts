import { LoggerService } from '@backstage/backend-plugin-api';
import {
  DecisionRecord,
  PdpData,
  PdpInput,
} from '@internal/plugin-authz-common';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DecisionJournal } from '../journal';
import { ComposedDecision, composeDecision } from './composeDecision';
import { DecisionPoint } from './DecisionPoint';

export type PolicyEngineOptions = {
  point: DecisionPoint;
  /** Fetches the current PAP state (from the database or the authz API). */
  loadData: () => Promise<PdpData>;
  /** What to answer when the PDP cannot: never loaded, or failing. */
  fallback: 'allow' | 'deny';
  logger: LoggerService;
  journal?: DecisionJournal;
  /** Called with every decision, for the audit log. */
  onDecision?: (record: DecisionRecord) => void;
  /** How long a first decision waits for the first load. */
  firstLoadTimeoutMs?: number;
};

/**
 * Decides with a DecisionPoint and the PAP data it keeps loaded, and turns
 * failures into the configured fallback decision instead of an error.
 */
export class PolicyEngine {
  private revision = -1;
  private loading?: Promise<void>;

  constructor(private readonly options: PolicyEngineOptions) {}

  get loadedRevision(): number {
    return this.revision;
  }

  /** Loads the current data; concurrent calls share one load. */
  reload(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const data = await this.options.loadData();
        await this.options.point.load(data);
        this.revision = data.revision;
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  /** Reloads when the store has moved past what is loaded. */
  async refresh(storeRevision: number): Promise<void> {
    if (storeRevision !== this.revision) await this.reload();
  }

  async decide(
    input: PdpInput,
    resourceRef?: string,
  ): Promise<{ decision: ComposedDecision; record: DecisionRecord }> {
    const startedAt = performance.now();
    let decision: ComposedDecision;
    let engine: DecisionRecord['engine'] = this.options.point.engine;
    try {
      if (this.revision < 0) await this.firstLoad();
      decision = composeDecision(
        input,
        await this.options.point.evaluate(input),
      );
    } catch (error) {
      this.options.logger.warn(`PDP failed, answering the fallback: ${error}`);
      engine = 'fallback';
      decision = this.fallbackDecision(input, error);
    }
    const record: DecisionRecord = {
      id: randomUUID(),
      time: new Date().toISOString(),
      principal: input.principal.ref,
      permission: input.permission.name,
      resourceType: input.permission.resourceType,
      resourceRef,
      result: decision.result,
      reasons: decision.reasons,
      summary: decision.summary,
      revision: this.revision,
      latencyMs: performance.now() - startedAt,
      engine,
    };
    if (decision.result === 'DENY') {
      this.options.journal?.record({
        decisionId: record.id,
        principal: record.principal,
        permission: record.permission,
        result: record.result,
        summary: record.summary,
        reasons: record.reasons,
        at: Date.now(),
      });
    }
    this.options.onDecision?.(record);
    return { decision, record };
  }

  private async firstLoad() {
    const timeoutMs = this.options.firstLoadTimeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.reload(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no PAP data within ${timeoutMs} ms`)),
            timeoutMs,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private fallbackDecision(input: PdpInput, error: unknown): ComposedDecision {
    const result = this.options.fallback === 'allow' ? 'ALLOW' : 'DENY';
    return {
      result,
      reasons: [],
      summary: `${input.permission.name} ${
        result === 'ALLOW' ? 'allowed' : 'denied'
      } by the fallback decision: the PDP could not answer (${error})`,
    };
  }
}
