import { z } from 'zod';
import { piiLevels } from './assets';

export const tagCategoryRequestSchema = z.object({
  name: z.string().min(1).max(100),
  description: z.string().max(2000).optional(),
  /** Only one tag of this category on an asset (e.g. a PII level). */
  exclusive: z.boolean().default(false),
});
export type TagCategoryRequest = z.infer<typeof tagCategoryRequestSchema>;

export type TagCategory = TagCategoryRequest & {
  id: string;
  tagCount: number;
};

export const tagRequestSchema = z.object({
  categoryId: z.string().min(1),
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9:_-]{0,62}$/, 'lower-case, digits, : _ -'),
  description: z.string().max(2000).optional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  piiLevel: z.enum(piiLevels).default('none'),
  /** Marks restricted access; PII columns must carry one (policy check). */
  restricted: z.boolean().default(false),
});
export type TagRequest = z.infer<typeof tagRequestSchema>;

export type Tag = TagRequest & {
  id: string;
  category: string;
  usageCount: number;
};

export const assignTagsRequestSchema = z.object({
  column: z.string().min(1).optional(),
  add: z.array(z.string().min(1)).default([]),
  remove: z.array(z.string().min(1)).default([]),
});
export type AssignTagsRequest = z.infer<typeof assignTagsRequestSchema>;

/** A governance rule an asset's tags break (the tagging is refused). */
export type TagPolicyViolation = {
  rule: 'pii-needs-owner' | 'pii-needs-restricted-tag' | 'exclusive-category';
  column?: string;
  message: string;
};

export const glossaryStatuses = [
  'draft',
  'in-review',
  'approved',
  'rejected',
  'deprecated',
] as const;
export type GlossaryStatus = (typeof glossaryStatuses)[number];

export const glossaryTermRequestSchema = z.object({
  name: z.string().min(1).max(200),
  definition: z.string().min(1).max(20000),
  synonyms: z.array(z.string().min(1).max(200)).default([]),
  domain: z.string().optional(),
  owner: z.string().min(1),
  reviewers: z.array(z.string().min(1)).min(1, 'at least one reviewer'),
});
export type GlossaryTermRequest = z.infer<typeof glossaryTermRequestSchema>;

export const glossaryTransitionRequestSchema = z.object({
  action: z.enum(['submit', 'approve', 'reject', 'deprecate', 'reopen']),
  comment: z.string().max(4000).optional(),
});
export type GlossaryTransitionRequest = z.infer<
  typeof glossaryTransitionRequestSchema
>;

export type GlossaryTerm = GlossaryTermRequest & {
  id: string;
  status: GlossaryStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  links: { entityRef: string; column?: string }[];
};

export type GlossaryHistoryEntry = {
  id: string;
  termId: string;
  action: string;
  fromStatus?: GlossaryStatus;
  toStatus: GlossaryStatus;
  actor: string;
  comment?: string;
  at: string;
};

export const glossaryLinkRequestSchema = z.object({
  entityRef: z.string().min(1),
  column: z.string().min(1).optional(),
});

export const discussionRequestSchema = z.object({
  column: z.string().min(1).optional(),
  title: z.string().min(1).max(300),
  body: z.string().min(1).max(20000),
});
export const replyRequestSchema = z.object({
  body: z.string().min(1).max(20000),
});

export type DiscussionReply = {
  id: string;
  threadId: string;
  body: string;
  author: string;
  createdAt: string;
};

export type DiscussionThread = {
  id: string;
  entityRef: string;
  column?: string;
  title: string;
  body: string;
  author: string;
  resolved: boolean;
  createdAt: string;
  replies: DiscussionReply[];
};

export type ActivityEntry = {
  id: string;
  type:
    | 'sync'
    | 'schema-change'
    | 'doc-edit'
    | 'tag'
    | 'glossary'
    | 'discussion'
    | 'source';
  entityRef?: string;
  actor?: string;
  summary: string;
  at: string;
};

export type DashboardSummary = {
  sources: number;
  databases: number;
  tables: number;
  views: number;
  columns: number;
  documentedPercent: number;
  piiColumns: number;
  glossaryTerms: number;
  averageQuality?: number;
  trending: { entityRef: string; name: string; views7d: number }[];
  favorites: { entityRef: string; name: string }[];
  activity: ActivityEntry[];
};
