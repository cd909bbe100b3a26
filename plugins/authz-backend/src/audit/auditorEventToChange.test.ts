import {
  auditorEventToChange,
  PortalAuditPayload,
} from './auditorEventToChange';

const payload = (
  overrides: Partial<PortalAuditPayload>,
): PortalAuditPayload => ({
  plugin: 'catalog',
  eventId: 'entity-mutate',
  actor: { actorId: 'user:default/alice.kim' },
  status: 'succeeded',
  ...overrides,
});

describe('auditorEventToChange', () => {
  it('names the action, actor and the entity the event acted on', () => {
    expect(
      auditorEventToChange(
        payload({
          meta: {
            queryType: 'refresh',
            entityRef: 'component:default/payments-api',
          },
          request: { method: 'POST', url: '/api/catalog/refresh' },
        }),
      ),
    ).toEqual({
      actor: 'user:default/alice.kim',
      action: 'catalog.entity-mutate',
      targetKind: 'component',
      targetRef: 'component:default/payments-api',
      result: 'succeeded',
      before: undefined,
      after: {
        queryType: 'refresh',
        entityRef: 'component:default/payments-api',
        request: { method: 'POST', url: '/api/catalog/refresh' },
      },
      pluginId: 'catalog',
    });
  });

  it('takes before and after as the plugin reported them', () => {
    const change = auditorEventToChange(
      payload({
        plugin: 'scaffolder',
        eventId: 'template-update',
        meta: {
          templateRef: 'template:default/new-service',
          before: { steps: 1 },
          after: { steps: 2 },
        },
      }),
    );
    expect(change).toMatchObject({
      targetKind: 'template',
      targetRef: 'template:default/new-service',
      before: { steps: 1 },
      after: { steps: 2 },
    });
  });

  it('keeps the error of a failed event and falls back to the plugin as target', () => {
    expect(
      auditorEventToChange(
        payload({
          plugin: 'kubernetes',
          eventId: 'proxy',
          actor: {},
          status: 'failed',
          error: 'cluster unreachable',
        }),
      ),
    ).toMatchObject({
      actor: 'unauthenticated',
      targetKind: 'plugin',
      targetRef: 'kubernetes',
      result: 'failed',
      after: { error: 'cluster unreachable' },
    });
    expect(
      auditorEventToChange(payload({ meta: { entityRef: 'not a ref:' } })),
    ).toMatchObject({ targetKind: 'entity', targetRef: 'not a ref:' });
    expect(auditorEventToChange(payload({})).after).toBeUndefined();
  });
});
