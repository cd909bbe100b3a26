import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { expectForbidden } from './__testUtils__/authExpectations';
import { createTerm, rita, transition } from './__testUtils__/glossaryTerms';
import {
  alice,
  governanceApps,
  rowCounts,
} from './__testUtils__/governanceTestApp';

describeOnBothDatabases('glossary workflow', databases => {
  const setUp = governanceApps(databases);

  it.each(databases.eachSupportedId())(
    'walks every legal transition, recording history, activity and audit, on %p',
    async databaseId => {
      const { app, knex, audits } = await setUp(databaseId);
      const id = await createTerm(app);
      const steps: [string, string, string?][] = [
        ['submit', 'in-review'],
        ['reject', 'rejected', 'Too vague'],
        ['submit', 'in-review'],
        ['reject', 'rejected', 'Still vague'],
        ['reopen', 'draft'],
        ['submit', 'in-review'],
        ['approve', 'approved', 'Good'],
        ['reopen', 'draft'],
        ['submit', 'in-review'],
        ['approve', 'approved'],
        ['deprecate', 'deprecated', 'Use Net revenue'],
        ['reopen', 'draft'],
      ];
      for (const [action, status, comment] of steps) {
        const moved = await transition(app, id, { action, comment }).expect(
          200,
        );
        expect(moved.body.status).toBe(status);
      }
      const detail = await request(app)
        .get(`/glossary/terms/${id}`)
        .set(alice)
        .expect(200);
      expect(
        detail.body.history.map((h: any) => [
          h.action,
          h.fromStatus,
          h.toStatus,
          h.actor,
          h.comment,
        ]),
      ).toEqual([
        ['create', undefined, 'draft', 'user:default/alice', undefined],
        ...steps.map(([action, to, comment], i) => [
          action,
          i === 0 ? 'draft' : steps[i - 1][1],
          to,
          'user:default/rita',
          comment,
        ]),
      ]);
      const activity = await knex('activity')
        .where('type', 'glossary')
        .orderBy('id');
      expect(activity).toHaveLength(1 + steps.length);
      expect(activity[2].summary).toBe(
        'Glossary term Revenue: in-review → rejected (reject)',
      );
      const trail = (await audits()).filter(e => e.meta?.termId === id);
      expect(trail.map(e => [e.eventId, e.meta?.action, e.outcome])).toEqual(
        steps.map(([action]) => ['glossary-change', action, 'success']),
      );
      expect(trail[1].result.meta).toEqual({
        from: 'in-review',
        to: 'rejected',
        comment: 'Too vague',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses illegal transitions and wrong callers, changing nothing, on %p',
    async databaseId => {
      const { app, knex, context } = await setUp(databaseId);
      const id = await createTerm(app);
      const expectRefused = async (
        status: number,
        body: { action: string; comment?: string },
        message: RegExp,
        user = rita,
      ) => {
        const before = await rowCounts(knex);
        const response = await transition(app, id, body, user).expect(status);
        expect(response.body.error.message).toMatch(message);
        expect(await rowCounts(knex)).toEqual(before);
      };
      // draft: only submit.
      for (const action of ['approve', 'reject', 'deprecate', 'reopen']) {
        await expectRefused(
          409,
          { action, comment: 'c' },
          new RegExp(
            `^Cannot ${action} a term that is draft; allowed: submit$`,
          ),
        );
      }
      await expectRefused(400, { action: 'publish' }, /action: /);
      await transition(app, id, { action: 'submit' }).expect(200);
      // in-review: approve or reject, by a reviewer, a rejection with a reason.
      for (const action of ['submit', 'deprecate', 'reopen']) {
        await expectRefused(
          409,
          { action },
          /that is in-review; allowed: approve, reject$/,
        );
      }
      await expectRefused(
        400,
        { action: 'reject' },
        /^comment: required to reject a term/,
      );
      await expectRefused(
        400,
        { action: 'reject', comment: '  ' },
        /^comment: /,
      );
      await expectRefused(
        403,
        { action: 'approve' },
        /Only a reviewer of Revenue may approve it/,
        alice,
      );
      await expectRefused(
        403,
        { action: 'reject', comment: 'no' },
        /Only a reviewer/,
        alice,
      );
      delete context.grants['data-catalog.glossary.approve'];
      await expectForbidden(app, 'data-catalog.glossary.approve', [
        ['post', `/glossary/terms/${id}/transitions`, { action: 'approve' }],
      ]);
      context.grants['data-catalog.glossary.approve'] = true;
      await transition(app, id, { action: 'approve' }).expect(200);
      // approved: deprecate or reopen; content changes go back to review.
      for (const action of ['submit', 'approve', 'reject']) {
        await expectRefused(
          409,
          { action, comment: 'c' },
          /that is approved; allowed: deprecate, reopen$/,
        );
      }
      const before = await rowCounts(knex);
      const edit = await request(app)
        .patch(`/glossary/terms/${id}`)
        .set(alice)
        .send({ definition: 'x' })
        .expect(409);
      expect(edit.body.error.message).toMatch(
        /The term is approved; changes must go back through review: reopen it first/,
      );
      await request(app).delete(`/glossary/terms/${id}`).set(alice).expect(409);
      expect(await rowCounts(knex)).toEqual(before);
      await transition(app, id, { action: 'deprecate' }).expect(200);
      // deprecated: only reopen.
      for (const action of ['submit', 'approve', 'reject', 'deprecate']) {
        await expectRefused(
          409,
          { action, comment: 'c' },
          /that is deprecated; allowed: reopen$/,
        );
      }
      await transition(app, id, { action: 'reopen' }).expect(200);
      // edit permission for submit and reopen.
      delete context.grants['data-catalog.glossary.edit'];
      await expectForbidden(app, 'data-catalog.glossary.edit', [
        ['post', `/glossary/terms/${id}/transitions`, { action: 'submit' }],
      ]);
      await request(app)
        .post('/glossary/terms/nope/transitions')
        .set(rita)
        .send({ action: 'submit' })
        .expect(404);
      await request(app)
        .post(`/glossary/terms/${id}/transitions`)
        .send({ action: 'submit' })
        .expect(401);
    },
  );
});
