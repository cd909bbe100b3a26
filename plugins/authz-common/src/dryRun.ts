import { DecisionReason, DecisionResult } from './decision';

/** What the PDP would answer, without acting. */
export type DryRunOutcome = {
  result: DecisionResult;
  /** With a resourceRef: the conditions applied to that resource by its plugin. */
  resourceResult?: 'ALLOW' | 'DENY';
  reasons: DecisionReason[];
  summary: string;
  /** The permission criteria of a CONDITIONAL result, in Backstage's format. */
  conditions?: unknown;
};

export type DryRunResponse = {
  decisionId: string;
  revision: number;
  current: DryRunOutcome;
  /** Present when a draft policy was given: the outcome if it were saved. */
  draft?: DryRunOutcome;
  /** True when the draft changes the outcome. */
  changed?: boolean;
};

/** "What would change": every (user, permission) whose outcome the draft flips. */
export type ImpactResponse = {
  evaluated: number;
  changes: Array<{
    userRef: string;
    permission: string;
    before: DecisionResult;
    after: DecisionResult;
  }>;
};

/** A permission some installed plugin defines, for pickers. */
export type KnownPermission = {
  name: string;
  type: 'basic' | 'resource';
  resourceType?: string;
  action?: string;
  pluginId: string;
};

export type ComponentHealth = {
  name: string;
  status: 'ok' | 'degraded' | 'down';
  detail: string;
  latencyMs?: number;
};

/** For the dashboard: OPA, the database, the PDP's revision, sync targets. */
export type AuthzHealth = {
  revision: number;
  components: ComponentHealth[];
};
