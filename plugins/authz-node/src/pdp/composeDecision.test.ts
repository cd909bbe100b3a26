import { MatchedStatement, PdpInput } from '@internal/plugin-authz-common';
import { composeDecision } from './composeDecision';

const input = (resourceType?: string): PdpInput => ({
  principal: { ref: 'user:default/alice', ownershipRefs: [] },
  permission: resourceType
    ? { name: 'catalog.entity.delete', type: 'resource', resourceType }
    : { name: 'catalog.entity.create', type: 'basic' },
});

const statement = (
  effect: 'Allow' | 'Deny',
  sid: string,
  conditions: MatchedStatement['conditions'] = [],
): MatchedStatement => ({
  effect,
  sid,
  policyId: `id-${sid}`,
  policyName: `Policy${sid}`,
  roleId: 'r1',
  roleName: 'Role One',
  conditions,
});

const owner = (
  operator: 'StringEquals' | 'StringNotEquals' | 'StringLike' = 'StringEquals',
) => [{ operator, key: 'portal:ResourceOwner', values: ['group:default/sre'] }];

describe('composeDecision', () => {
  it('denies when nothing matched, saying so', () => {
    const d = composeDecision(input(), { revision: 1, matched: [] });
    expect(d.result).toBe('DENY');
    expect(d.summary).toBe(
      'no policy allows catalog.entity.create for user:default/alice',
    );
  });

  it('denies a blocked principal whatever matched', () => {
    const d = composeDecision(input(), {
      revision: 1,
      blocked: 'user is disabled',
      matched: [statement('Allow', 'A')],
    });
    expect(d).toMatchObject({
      result: 'DENY',
      summary: 'catalog.entity.create denied: user is disabled',
    });
  });

  it('lets an unconditional deny override any allow and names it', () => {
    const d = composeDecision(input(), {
      revision: 1,
      matched: [statement('Allow', 'A'), statement('Deny', 'D')],
    });
    expect(d.result).toBe('DENY');
    expect(d.reasons).toEqual([
      {
        effect: 'Deny',
        policyName: 'PolicyD',
        sid: 'D',
        roleName: 'Role One',
        conditional: false,
      },
    ]);
    expect(d.summary).toContain('policy "PolicyD" statement D (role Role One)');
  });

  it('allows on a plain allow', () => {
    expect(
      composeDecision(input(), {
        revision: 1,
        matched: [statement('Allow', 'A')],
      }).result,
    ).toBe('ALLOW');
  });

  it('turns a conditional allow into the catalog owner rule', () => {
    const d = composeDecision(input('catalog-entity'), {
      revision: 1,
      matched: [statement('Allow', 'A', owner())],
    });
    expect(d).toMatchObject({
      result: 'CONDITIONAL',
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      criteria: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: { claims: ['group:default/sre'] },
      },
    });
  });

  it('turns workspace conditions into the AI-Ops member rules', () => {
    const member = (key: string) =>
      statement('Allow', key.slice(7), [
        { operator: 'StringEquals', key, values: ['group:default/ml'] },
      ]);
    const d = composeDecision(input('ai-ops-workspace'), {
      revision: 1,
      matched: [
        member('portal:WorkspaceEditor'),
        member('portal:WorkspaceAdmin'),
        member('portal:WorkspaceMember'),
      ],
    });
    const leaf = (rule: string) => ({
      rule,
      resourceType: 'ai-ops-workspace',
      params: { values: ['group:default/ml'] },
    });
    expect(d).toMatchObject({
      result: 'CONDITIONAL',
      pluginId: 'ai-ops',
      resourceType: 'ai-ops-workspace',
      criteria: {
        anyOf: [leaf('HAS_EDITOR'), leaf('HAS_ADMIN'), leaf('HAS_MEMBER')],
      },
    });
    // Member keys mean nothing on other resource types: fail closed.
    expect(
      composeDecision(input('harvester-vm'), {
        revision: 1,
        matched: [member('portal:WorkspaceMember')],
      }).result,
    ).toBe('DENY');
  });

  it('combines an allow with a conditional deny as allOf/not', () => {
    const d = composeDecision(input('harvester-vm'), {
      revision: 1,
      matched: [
        statement('Allow', 'A', owner()),
        statement('Deny', 'D', [
          {
            operator: 'StringEquals',
            key: 'portal:ResourceTag',
            values: ['pii'],
          },
        ]),
      ],
    });
    expect(d.criteria).toEqual({
      allOf: [
        {
          rule: 'HAS_OWNER',
          resourceType: 'harvester-vm',
          params: { values: ['group:default/sre'] },
        },
        {
          not: {
            rule: 'HAS_TAG',
            resourceType: 'harvester-vm',
            params: { values: ['pii'] },
          },
        },
      ],
    });
    expect(d.pluginId).toBe('harvester');
  });

  it('keeps a plain allow but excludes resources a conditional deny names', () => {
    const d = composeDecision(input('catalog-entity'), {
      revision: 1,
      matched: [
        statement('Allow', 'A'),
        statement('Deny', 'D', owner('StringNotEquals')),
      ],
    });
    expect(d.criteria).toEqual({
      not: {
        not: {
          rule: 'IS_ENTITY_OWNER',
          resourceType: 'catalog-entity',
          params: { claims: ['group:default/sre'] },
        },
      },
    });
  });

  it('fails closed on conditions it cannot translate', () => {
    const likeAllow = composeDecision(input('catalog-entity'), {
      revision: 1,
      matched: [statement('Allow', 'A', owner('StringLike'))],
    });
    expect(likeAllow.result).toBe('DENY');
    const tagDeny = composeDecision(input('catalog-entity'), {
      revision: 1,
      matched: [
        statement('Allow', 'A'),
        statement('Deny', 'D', [
          {
            operator: 'StringEquals',
            key: 'portal:ResourceTag',
            values: ['pii'],
          },
        ]),
      ],
    });
    expect(tagDeny.result).toBe('DENY');
    expect(tagDeny.summary).toContain('statement D');
  });
});
