import express from 'express';
import request from 'supertest';
import { DecisionJournal } from '../journal';
import { explainDenials } from './explainDenials';

const tokenFor = (sub: string) =>
  `Bearer x.${Buffer.from(JSON.stringify({ sub })).toString('base64url')}.sig`;

function appWith(journal: DecisionJournal) {
  const app = express();
  app.use(explainDenials(journal));
  app.get('/denied', (_req, res) => {
    // What a plugin's permission check does: record, then answer 403.
    journal.record({
      decisionId: 'd-1',
      principal: 'user:default/fay',
      permission: 'harvester.vm.operate',
      result: 'DENY',
      summary:
        'harvester.vm.operate denied by policy "DenyFinanceToInfra" statement NoHarvester (role Portal Reader)',
      reasons: [
        {
          effect: 'Deny',
          policyName: 'DenyFinanceToInfra',
          sid: 'NoHarvester',
          roleName: 'Portal Reader',
          conditional: false,
        },
      ],
      at: Date.now(),
    });
    res.status(403).json({ error: { name: 'NotAllowedError', message: '' } });
  });
  app.get('/other-403', (_req, res) => {
    res.status(403).json({ error: { name: 'SomethingElse', message: 'no' } });
  });
  return app;
}

describe('explainDenials', () => {
  it('adds the decision id and the denying policy to a 403', async () => {
    const response = await request(appWith(new DecisionJournal()))
      .get('/denied')
      .set('authorization', tokenFor('user:default/fay'));
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      decisionId: 'd-1',
      status: 403,
      title: 'Permission denied',
      instance: '/denied',
      reasons: [{ policyName: 'DenyFinanceToInfra', sid: 'NoHarvester' }],
    });
    expect(response.body.error.message).toContain('DenyFinanceToInfra');
    expect(response.body.error.message).toContain('(decision d-1)');
  });

  it("never shows another principal's denial", async () => {
    const response = await request(appWith(new DecisionJournal()))
      .get('/denied')
      .set('authorization', tokenFor('user:default/alice'));
    expect(response.body.decisionId).toBeUndefined();
  });

  it('leaves other errors alone', async () => {
    const response = await request(appWith(new DecisionJournal())).get(
      '/other-403',
    );
    expect(response.body).toEqual({
      error: { name: 'SomethingElse', message: 'no' },
    });
  });
});
