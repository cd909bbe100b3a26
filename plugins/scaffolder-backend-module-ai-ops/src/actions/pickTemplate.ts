import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  PipelineDomain,
  PipelineTemplate,
} from '@internal/plugin-ai-ops-common';
import { AiOpsApiClient } from './AiOpsApiClient';

/**
 * The ai-ops backend's template asked for (of the domain given, if one is),
 * or the domain's first.
 */
export async function pickTemplate(
  client: AiOpsApiClient,
  input: { domain?: PipelineDomain; template?: string },
  onBehalfOf: BackstageCredentials,
): Promise<PipelineTemplate> {
  if (!input.domain && !input.template) {
    throw new InputError('Give a domain or a template');
  }
  const { body } = await client.call<{ items: PipelineTemplate[] }>({
    method: 'GET',
    path: '/templates',
    onBehalfOf,
  });
  const template = body.items.find(t =>
    input.template
      ? t.id === input.template && (!input.domain || t.domain === input.domain)
      : t.domain === input.domain,
  );
  if (!template) {
    throw new InputError(
      `No template '${input.template ?? ''}' for domain ${
        input.domain ?? 'any'
      }`,
    );
  }
  return template;
}
