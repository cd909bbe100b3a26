import {
  assetDocSchema,
  discussionRequestSchema,
  lineageEdgeTypes,
  replyRequestSchema,
} from '@internal/plugin-data-catalog-common';
import { z } from 'zod';
import { glossaryTermBodySchema } from '../governance/glossarySchemas';
import { ownerRefSchema, sameRef } from '../governance/ownerRefs';

/** Authors, proposers and reviewers are people of the demo organisation. */
const userRefSchema = z
  .string()
  .regex(
    /^user:[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+$/,
    'a user ref like user:default/guest',
  );

const tagNamesSchema = z.array(z.string().min(1)).default([]);

/** The API's documentation fields; owner checked like the docs route does. */
const tableDocSchema = assetDocSchema
  .extend({ owner: ownerRefSchema.optional() })
  .strict();
const columnDocSchema = assetDocSchema
  .omit({ usageGuide: true, owner: true, team: true, domain: true })
  .strict();

const columnContentSchema = z
  .object({ doc: columnDocSchema.optional(), tags: tagNamesSchema })
  .strict();

/** A table's documentation and tags, and those of its columns by name. */
const tableContentSchema = z
  .object({
    doc: tableDocSchema.optional(),
    tags: tagNamesSchema,
    columns: z.record(z.string().min(1), columnContentSchema).default({}),
  })
  .strict();

/** A table of the demo source by its name, or one of its columns. */
const demoNodeSchema = z
  .object({ table: z.string().min(1), column: z.string().min(1).optional() })
  .strict();
export type DemoNode = z.infer<typeof demoNodeSchema>;

/** Statuses a demo term is brought to through the review workflow. */
export const demoTermStatuses = ['draft', 'in-review', 'approved'] as const;

const termSchema = glossaryTermBodySchema
  .extend({
    status: z.enum(demoTermStatuses),
    proposedBy: userRefSchema,
    approvedBy: userRefSchema.optional(),
    links: z.array(demoNodeSchema).default([]),
  })
  .strict()
  .superRefine((term, ctx) => {
    const approved = term.status === 'approved';
    if (approved !== Boolean(term.approvedBy)) {
      ctx.addIssue({
        code: 'custom',
        path: ['approvedBy'],
        message: 'required exactly when the status is approved',
      });
    }
    if (
      term.approvedBy &&
      !term.reviewers.some(r => sameRef(r, term.approvedBy!))
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['approvedBy'],
        message: 'must be one of the reviewers',
      });
    }
    if (!approved && term.links.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['links'],
        message: 'only approved terms can be linked',
      });
    }
  });
export type DemoTerm = z.infer<typeof termSchema>;

const discussionSchema = discussionRequestSchema
  .extend({
    table: z.string().min(1),
    author: userRefSchema,
    resolved: z.boolean().default(false),
    replies: z
      .array(replyRequestSchema.extend({ author: userRefSchema }).strict())
      .default([]),
  })
  .strict();
export type DemoDiscussion = z.infer<typeof discussionSchema>;

const favoritesSchema = z
  .object({ user: userRefSchema, tables: z.array(z.string().min(1)).min(1) })
  .strict();

/** Manual edges: what no view definition or query history tells. */
const lineageEdgeSchema = z
  .object({
    from: demoNodeSchema,
    to: demoNodeSchema,
    type: z.enum(lineageEdgeTypes),
  })
  .strict();

/** `demo/governance.yaml`: what people would have added to the demo. */
export const demoGovernanceSchema = z
  .object({
    tables: z.record(z.string().min(1), tableContentSchema).default({}),
    glossary: z.array(termSchema).default([]),
    discussions: z.array(discussionSchema).default([]),
    favorites: z.array(favoritesSchema).default([]),
    lineage: z.array(lineageEdgeSchema).default([]),
  })
  .strict();
export type DemoGovernance = z.infer<typeof demoGovernanceSchema>;
export type DemoTableContent = z.infer<typeof tableContentSchema>;
