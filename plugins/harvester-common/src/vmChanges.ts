import { z } from 'zod';
import { vmRefSchema } from './schemas';

/** How many VMs one `vms-changed` event or one entity request names at most. */
export const MAX_CHANGED_VMS = 500;

/**
 * The payload of `HARVESTER_TOPICS.vmsChanged`: the clusters whose VMs were
 * created or deleted, and those VMs as `<cluster>/<namespace>/<name>`.
 * `vms` is left out when a burst changed more than MAX_CHANGED_VMS: the
 * catalog module then reads everything.
 */
export const vmsChangedPayloadSchema = z.object({
  clusters: z.array(z.string()),
  vms: z.array(vmRefSchema).max(MAX_CHANGED_VMS).optional(),
});
export type VmsChangedPayload = z.infer<typeof vmsChangedPayloadSchema>;

/** POST /entities/vms: the catalog entities of just these VMs. */
export const vmEntitiesRequestSchema = z.object({
  vms: z.array(vmRefSchema).min(1).max(MAX_CHANGED_VMS),
});
export type VmEntitiesRequest = z.infer<typeof vmEntitiesRequestSchema>;
