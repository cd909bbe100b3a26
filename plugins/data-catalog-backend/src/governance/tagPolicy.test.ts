import { PolicyTag, checkTagPolicy, TagPolicyError } from './tagPolicy';

const tag = (name: string, fields: Partial<PolicyTag> = {}): PolicyTag => ({
  name,
  category: 'Other',
  exclusive: false,
  piiLevel: 'none',
  restricted: false,
  ...fields,
});
const piiHigh = tag('pii-high', {
  category: 'PII',
  exclusive: true,
  piiLevel: 'high',
});
const piiLow = tag('pii-low', {
  category: 'PII',
  exclusive: true,
  piiLevel: 'low',
});
const piiMedium = tag('pii-medium', {
  category: 'PII',
  exclusive: true,
  piiLevel: 'medium',
});
const restricted = tag('restricted', { category: 'Access', restricted: true });
const finance = tag('finance', { category: 'Domain' });
const owner = 'group:default/sales';

describe('checkTagPolicy', () => {
  it('accepts tags without PII or exclusive categories, and no tags', () => {
    expect(checkTagPolicy({ tags: [] })).toEqual([]);
    expect(
      checkTagPolicy({
        tags: [
          { column: '', tag: finance },
          { column: 'email', tag: tag('certified') },
        ],
      }),
    ).toEqual([]);
  });

  it('requires a restricted tag on the table for PII of any level', () => {
    for (const pii of [piiLow, piiMedium, piiHigh]) {
      const violations = checkTagPolicy({
        explicitOwner: owner,
        tags: [{ column: 'email', tag: pii }],
      });
      expect(violations).toEqual([
        {
          rule: 'pii-needs-restricted-tag',
          column: 'email',
          message: expect.stringContaining(
            `column email carries PII (${pii.name})`,
          ),
        },
      ]);
    }
  });

  it('does not count a restricted tag on a column for the table', () => {
    const violations = checkTagPolicy({
      explicitOwner: owner,
      tags: [
        { column: 'email', tag: piiLow },
        { column: 'email', tag: restricted },
      ],
    });
    expect(violations.map(v => v.rule)).toEqual(['pii-needs-restricted-tag']);
  });

  it('requires an explicit owner for highly sensitive PII only', () => {
    const withRestriction = (pii: PolicyTag, column: string) => [
      { column: '', tag: restricted },
      { column, tag: pii },
    ];
    expect(
      checkTagPolicy({ tags: withRestriction(piiMedium, 'email') }),
    ).toEqual([]);
    expect(checkTagPolicy({ tags: withRestriction(piiHigh, '') })).toEqual([
      {
        rule: 'pii-needs-owner',
        message: expect.stringContaining(
          'the table carries highly sensitive PII (pii-high)',
        ),
      },
    ]);
    expect(
      checkTagPolicy({
        explicitOwner: owner,
        tags: withRestriction(piiHigh, 'email'),
      }),
    ).toEqual([]);
  });

  it('passes when the table has both the restricted and the PII tag', () => {
    expect(
      checkTagPolicy({
        explicitOwner: owner,
        tags: [
          { column: '', tag: restricted },
          { column: '', tag: piiHigh },
        ],
      }),
    ).toEqual([]);
  });

  it('allows one tag per exclusive category on each table or column', () => {
    const violations = checkTagPolicy({
      explicitOwner: owner,
      tags: [
        { column: '', tag: restricted },
        { column: 'email', tag: piiLow },
        { column: 'email', tag: piiHigh },
        { column: 'name', tag: piiLow },
        { column: '', tag: finance },
        { column: '', tag: tag('sales', { category: 'Domain' }) },
      ],
    });
    expect(violations).toEqual([
      {
        rule: 'exclusive-category',
        column: 'email',
        message:
          'column email has 2 tags of the exclusive category PII (pii-high, pii-low): keep one',
      },
    ]);
  });

  it('lists every violation, the table first and then columns by name', () => {
    const violations = checkTagPolicy({
      tags: [
        { column: 'phone', tag: piiHigh },
        { column: '', tag: piiLow },
        { column: '', tag: piiMedium },
        { column: 'email', tag: piiMedium },
      ],
    });
    expect(violations.map(v => [v.column ?? '', v.rule])).toEqual([
      ['', 'pii-needs-restricted-tag'],
      ['', 'exclusive-category'],
      ['email', 'pii-needs-restricted-tag'],
      ['phone', 'pii-needs-restricted-tag'],
      ['phone', 'pii-needs-owner'],
    ]);
  });

  it('is refused with a 400 naming each violation', () => {
    const violations = checkTagPolicy({
      tags: [{ column: 'ssn', tag: piiHigh }],
    });
    const error = new TagPolicyError(violations);
    expect(error.name).toBe('InputError');
    expect(error.violations).toBe(violations);
    expect(error.message).toMatch(
      /^Tag policy violated: \[pii-needs-restricted-tag\] column ssn .*; \[pii-needs-owner\] column ssn /,
    );
  });
});
