import {
  createPolicySchema,
  createRoleSchema,
  updatePolicySchema,
  updateRoleSchema,
} from './api';

describe('request schemas', () => {
  it('fill defaults on create only: a PATCH leaves out what it does not change', () => {
    expect(createRoleSchema.parse({ name: 'Readers' })).toEqual({
      name: 'Readers',
      active: true,
      allUsers: false,
    });
    expect(updateRoleSchema.parse({ name: 'Readers' })).toEqual({
      name: 'Readers',
    });
    expect(updatePolicySchema.parse({ description: 'd' })).toEqual({
      description: 'd',
    });
    expect(
      createPolicySchema.parse({
        name: 'P',
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
        },
      }).active,
    ).toBe(true);
  });

  it('names the bad field of a policy document', () => {
    const result = createPolicySchema.safeParse({
      name: 'P',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }],
      },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([
      'document',
      'Statement',
      0,
      'Effect',
    ]);
  });
});
