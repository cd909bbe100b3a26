import express from 'express';
import request from 'supertest';
import { asUser } from '../../__testUtils__/testContext';
import { alice } from './governanceTestApp';

/** The reviewer of the terms `createTerm` makes. */
export const rita = asUser('user:default/rita');

/** A draft term Alice proposes, reviewed by Rita (as a user) and a group. */
export async function createTerm(app: express.Express, name = 'Revenue') {
  const created = await request(app)
    .post('/glossary/terms')
    .set(alice)
    .send({
      name,
      definition: 'Money in',
      owner: 'group:default/finance',
      reviewers: ['user:default/Rita', 'group:default/finance'],
    })
    .expect(201);
  return created.body.id as string;
}

/** A workflow step on a term, by Rita unless said otherwise. */
export function transition(
  app: express.Express,
  id: string,
  body: { action: string; comment?: string },
  user = rita,
) {
  return request(app)
    .post(`/glossary/terms/${id}/transitions`)
    .set(user)
    .send(body);
}
