/**
 * What the PDP is asked: who, and which permission. Backstage never shows a
 * policy the resource itself, so resource conditions come back as criteria.
 */
export type PdpInput = {
  principal: {
    ref: string;
    /** The caller's ownership claims from its token (user + groups). */
    ownershipRefs: string[];
  };
  permission: {
    name: string;
    type: 'basic' | 'resource';
    resourceType?: string;
    action?: string;
  };
};

/** One condition of a matched statement that only the resource can decide. */
export type ResourceConditionLeaf = {
  operator: 'StringEquals' | 'StringNotEquals' | 'StringLike' | 'StringNotLike';
  key: string;
  values: string[];
};

/** A statement that applied to the request, and why it applied. */
export type MatchedStatement = {
  effect: 'Allow' | 'Deny';
  sid: string;
  policyId: string;
  policyName: string;
  roleId: string;
  roleName: string;
  /** Empty when the statement applies whatever the resource. */
  conditions: ResourceConditionLeaf[];
};

/** What the committed Rego answers (`data.portal.authz.decision`). */
export type RegoDecision = {
  revision: number;
  /** Set when the principal cannot act at all (for example disabled). */
  blocked?: string;
  matched: MatchedStatement[];
};

export type DecisionResult = 'ALLOW' | 'DENY' | 'CONDITIONAL';

/** A reason as the audit log and 403 bodies show it. */
export type DecisionReason = {
  effect: 'Allow' | 'Deny';
  policyName: string;
  sid: string;
  roleName: string;
  conditional: boolean;
};

/** A decision as it is recorded in the audit log. */
export type DecisionRecord = {
  id: string;
  time: string;
  principal: string;
  permission: string;
  resourceType?: string;
  resourceRef?: string;
  result: DecisionResult;
  /** Why: the statements, or a sentence when nothing matched. */
  reasons: DecisionReason[];
  summary: string;
  revision: number;
  latencyMs: number;
  engine: 'wasm' | 'server' | 'fallback';
};
