import { HARVESTER_ANNOTATIONS } from '@internal/plugin-harvester-common';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { asUser } from '../__testUtils__/testContext';
import { vmTestCluster } from './__testUtils__/vmTestCluster';
import { vmCondition, vmsTestApp } from './__testUtils__/vmsTestApp';
import { idempotencyLabelValue } from './buildVmManifest';

const alice = 'user:default/alice';

describe('POST /clusters/:c/namespaces/:ns/vms: retries, dry runs, conflicts, policy', () => {
  const env = vmTestCluster(async ({ fixtures }) => {
    await fixtures.image('ubuntu');
  });

  it('answers a retry with the same idempotency key with the first VM', async () => {
    const { app } = await vmsTestApp(env.cluster.registry);
    const body = {
      name: 'once',
      image: `${env.ns}/ubuntu`,
      idempotencyKey: 'scaffolder:task-1:once',
    };
    const first = await request(app)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send(body)
      .expect(201);
    const retry = await request(app)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send(body)
      .expect(200);
    expect(retry.body).toMatchObject({
      created: false,
      vm: { name: 'once', uid: first.body.vm.uid },
    });
    const { items } = await env.cluster.client.list('vm', {
      namespace: env.ns,
      labelSelector: `${
        HARVESTER_ANNOTATIONS.idempotencyKey
      }=${idempotencyLabelValue(body.idempotencyKey)}`,
    });
    expect(items.map(i => i.metadata.name)).toEqual(['once']);
  });

  it('validates a dry run with the API server and creates nothing', async () => {
    const { app, context } = await vmsTestApp(env.cluster.registry);
    const res = await request(app)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({ name: 'dry', image: `${env.ns}/ubuntu`, dryRun: true })
      .expect(200);
    expect(res.body.created).toBe(false);
    expect(res.body.manifest).toMatchObject({
      kind: 'VirtualMachine',
      metadata: { name: 'dry', namespace: env.ns },
    });
    expect(await env.readVm('dry')).toBeUndefined();
    // Only the API server knows that a label key may not contain spaces.
    const invalid = await request(app)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({
        name: 'dry',
        image: `${env.ns}/ubuntu`,
        tags: ['not a key'],
        dryRun: true,
      })
      .expect(400);
    expect(invalid.body.error.message).toMatch(/labels/);
    expect(await env.readVm('dry')).toBeUndefined();
    expect(await auditedEvents(context)).toEqual([]);
  });

  it('answers 409 when the name is taken and 400 naming the field', async () => {
    const { app } = await vmsTestApp(env.cluster.registry);
    await request(app)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({ name: 'taken', image: `${env.ns}/ubuntu` })
      .expect(201);
    await request(app)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({ name: 'taken', image: `${env.ns}/ubuntu` })
      .expect(409);
    const cases: [object, RegExp][] = [
      [{ name: 'x' }, /image: either template or image is required/],
      [{ name: 'Bad_Name', image: `${env.ns}/ubuntu` }, /name: /],
      [
        { name: 'x', image: `${env.ns}/nope` },
        /image: VirtualMachineImage .*\/nope not found/,
      ],
      [
        {
          name: 'x',
          image: `${env.ns}/ubuntu`,
          networks: [{ network: `${env.ns}/vlan999` }],
        },
        /networks\[0\]\.network: NetworkAttachmentDefinition/,
      ],
      [
        { name: 'x', image: `${env.ns}/ubuntu`, sshKeys: ['no-such-key'] },
        /sshKeys\[0\]: KeyPair .*no-such-key not found/,
      ],
      [
        {
          name: 'x',
          image: `${env.ns}/ubuntu`,
          disks: [{ name: 'disk-0', size: '1Gi' }],
        },
        /disks\[0\]\.name: the VM already has a disk "disk-0"/,
      ],
      [{ name: 'x', image: `${env.ns}/ubuntu`, memory: 'lots' }, /memory: /],
    ];
    for (const [body, message] of cases) {
      const res = await request(app)
        .post(env.vmsPath)
        .set(asUser(alice))
        .send(body)
        .expect(400);
      expect(res.body.error.message).toMatch(message);
    }
    expect(await env.readVm('x')).toBeUndefined();
  });

  it('asks the policy about the VM to be: cluster, namespace, owner, tags', async () => {
    const denied = (await vmsTestApp(env.cluster.registry, {})).app;
    await request(denied)
      .post(env.vmsPath)
      .send({ name: 'p1', image: `${env.ns}/ubuntu` })
      .expect(401);
    await request(denied)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({ name: 'p1', image: `${env.ns}/ubuntu` })
      .expect(403);
    const ownOnly = (
      await vmsTestApp(env.cluster.registry, {
        'harvester.vm.create': vmCondition('owner', [alice]),
      })
    ).app;
    await request(ownOnly)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({
        name: 'p1',
        image: `${env.ns}/ubuntu`,
        owner: 'group:default/team',
      })
      .expect(403);
    await request(ownOnly)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({ name: 'p1', image: `${env.ns}/ubuntu` })
      .expect(201);
    expect(
      (await env.readVm('p1'))!.metadata.annotations![
        HARVESTER_ANNOTATIONS.owner
      ],
    ).toBe(alice);
    const taggedOnly = (
      await vmsTestApp(env.cluster.registry, {
        'harvester.vm.create': vmCondition('tag', ['sandbox']),
      })
    ).app;
    await request(taggedOnly)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({ name: 'p2', image: `${env.ns}/ubuntu` })
      .expect(403);
    await request(taggedOnly)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({ name: 'p2', image: `${env.ns}/ubuntu`, tags: ['sandbox'] })
      .expect(201);
  });
});
