import { parseEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';
import { ChangeInput } from './ChangeRecorder';

/**
 * A `platform-portal.audit` payload (PortalAuditEventPayload of
 * authz-node) as far as the audit log reads it. It may come over the events
 * bus from another replica, so it is checked rather than trusted.
 */
export const portalAuditPayloadSchema = z.object({
  plugin: z.string().min(1),
  eventId: z.string().min(1),
  actor: z.object({ actorId: z.string().optional() }),
  meta: z.record(z.string(), z.unknown()).optional(),
  request: z.object({ url: z.string(), method: z.string() }).optional(),
  status: z.enum(['succeeded', 'failed']),
  error: z.string().optional(),
});
export type PortalAuditPayload = z.infer<typeof portalAuditPayloadSchema>;

function entityKind(ref: string): string {
  try {
    return parseEntityRef(ref).kind.toLocaleLowerCase('en-US');
  } catch {
    return 'entity';
  }
}

/** Meta keys that name what an event acted on, most specific first. */
const targetKeys: Array<[key: string, kindOf: (value: string) => string]> = [
  ['entityRef', entityKind],
  ['templateRef', () => 'template'],
  ['taskId', () => 'scaffolder-task'],
  ['uid', () => 'entity-uid'],
  ['clusterName', () => 'kubernetes-cluster'],
  ['toolName', () => 'action'],
];

/**
 * One auditor event as a change: `<plugin>.<eventId>` by its actor. Plugins
 * rarely report before/after; when they do not, `after` keeps what they did
 * report (meta, the request, the error of a failed event) so that the entry
 * still says what happened.
 */
export function auditorEventToChange(payload: PortalAuditPayload): ChangeInput {
  const { before, after, ...meta } = payload.meta ?? {};
  let targetKind = 'plugin';
  let targetRef = payload.plugin;
  for (const [key, kindOf] of targetKeys) {
    const value = meta[key];
    if (typeof value === 'string' && value) {
      targetKind = kindOf(value);
      targetRef = value;
      break;
    }
  }
  const details = {
    ...meta,
    ...(payload.request && { request: payload.request }),
    ...(payload.error && { error: payload.error }),
  };
  return {
    actor: payload.actor.actorId ?? 'unauthenticated',
    action: `${payload.plugin}.${payload.eventId}`,
    targetKind,
    targetRef,
    result: payload.status,
    before,
    after: after ?? (Object.keys(details).length ? details : undefined),
    pluginId: payload.plugin,
  };
}
