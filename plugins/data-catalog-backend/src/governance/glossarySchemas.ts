import {
  glossaryTermRequestSchema,
  patchSchema,
} from '@internal/plugin-data-catalog-common';
import { z } from 'zod';
import { ownerRefSchema } from './ownerRefs';

/** The API's term request, with owner and reviewers checked to be refs. */
export const glossaryTermBodySchema = glossaryTermRequestSchema.extend({
  owner: ownerRefSchema,
  reviewers: z.array(ownerRefSchema).min(1, 'at least one reviewer'),
});

export const glossaryTermPatchSchema = patchSchema(glossaryTermBodySchema);

export const termIdParamsSchema = z.object({ id: z.string().min(1) });
