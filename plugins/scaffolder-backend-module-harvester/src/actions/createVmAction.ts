import { parseEntityRef } from '@backstage/catalog-model';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  harvesterVmEntityRef,
  stringifyHarvesterRef,
} from '@internal/plugin-harvester-common';
import { HarvesterVmsClient } from './HarvesterVmsClient';

/** A cluster picked as an entity (`resource:default/prod`) or by name. */
function clusterName(value: string): string {
  return value.includes(':') || value.includes('/')
    ? parseEntityRef(value, { defaultKind: 'resource' }).name
    : value;
}

/**
 * `harvester:vm:create`: creates a VM through the harvester backend as the
 * user running the template. A retried task sends the same idempotency key
 * (task id + VM ref), so it gets the VM the first attempt created instead of
 * a second one. In a dry run the backend validates and answers the manifest.
 */
export function createHarvesterVmCreateAction(client: HarvesterVmsClient) {
  return createTemplateAction({
    id: 'harvester:vm:create',
    description:
      'Creates a Harvester VM from a template or an image, owned by the given owner; idempotent when the task is retried, and supports dry-run.',
    supportsDryRun: true,
    schema: {
      input: {
        cluster: z =>
          z.string().describe('Cluster name or its catalog entity ref'),
        namespace: z => z.string().default('default').describe('Namespace'),
        name: z => z.string().describe('VM name (DNS label)'),
        description: z => z.string().optional(),
        source: z =>
          z
            .enum(['template', 'image'])
            .optional()
            .describe('Which of template and image to use when both are set'),
        template: z =>
          z
            .string()
            .optional()
            .describe('VM template `<namespace>/<name>[:<version>]`'),
        image: z =>
          z
            .string()
            .optional()
            .describe('Boot image `<namespace>/<name>` (without template)'),
        cpuCores: z => z.number().int().min(1).optional(),
        memory: z => z.string().optional().describe('e.g. 4Gi'),
        rootDiskSize: z => z.string().optional().describe('e.g. 20Gi'),
        network: z =>
          z
            .string()
            .optional()
            .describe('`pod` or a VM network `<namespace>/<name>`'),
        sshKey: z =>
          z
            .string()
            .optional()
            .describe('KeyPair `<namespace>/<name>` or a public key'),
        userData: z => z.string().optional().describe('cloud-init user data'),
        owner: z => z.string().describe('Owner entity ref of the VM'),
        tags: z => z.array(z.string()).optional(),
        start: z =>
          z.boolean().default(true).describe('Start the VM once created'),
      },
      output: {
        vmRef: z => z.string().describe('`<cluster>/<namespace>/<name>`'),
        entityRef: z => z.string().describe('The VM catalog entity'),
        created: z =>
          z.boolean().describe('False when a retry found the VM created'),
        manifest: z =>
          z.record(z.string(), z.unknown()).optional().describe('Dry run'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const cluster = clusterName(input.cluster);
      const ref = { cluster, namespace: input.namespace, name: input.name };
      const vmRef = stringifyHarvesterRef(ref);
      const body = {
        name: input.name,
        description: input.description,
        template: input.source === 'image' ? undefined : input.template,
        image: input.source === 'template' ? undefined : input.image,
        cpuCores: input.cpuCores,
        memory: input.memory,
        rootDiskSize: input.rootDiskSize,
        networks: input.network ? [{ network: input.network }] : undefined,
        sshKeys: input.sshKey ? [input.sshKey] : undefined,
        userData: input.userData,
        owner: input.owner,
        tags: input.tags,
        runStrategy: input.start ? 'RerunOnFailure' : 'Halted',
        idempotencyKey: `scaffolder:${ctx.task.id}:${vmRef}`,
        dryRun: Boolean(ctx.isDryRun),
      };
      const onBehalfOf = await ctx.getInitiatorCredentials();
      const create = () =>
        client.createVm({
          cluster,
          namespace: input.namespace,
          body,
          onBehalfOf,
        });

      if (ctx.isDryRun) {
        const result = await create();
        ctx.logger.info(`Dry run: ${vmRef} would be created`);
        ctx.output('manifest', result.manifest ?? {});
      } else {
        // The checkpoint keeps a resumed task from creating again; the
        // idempotency key covers a crash between create and checkpoint.
        const created = await ctx.checkpoint({
          key: `harvester-vm-create:${vmRef}`,
          fn: async () => (await create()).created,
        });
        ctx.logger.info(
          created ? `Created VM ${vmRef}` : `VM ${vmRef} already existed`,
        );
        ctx.output('created', created);
      }
      ctx.output('vmRef', vmRef);
      ctx.output('entityRef', harvesterVmEntityRef(ref));
    },
  });
}
