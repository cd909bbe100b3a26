import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  PIPELINE_DOMAINS,
  pipelineTemplates,
} from '@internal/plugin-ai-ops-common';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

function readTemplate(name: string) {
  const file = resolvePackagePath(
    '@internal/plugin-scaffolder-backend-module-ai-ops',
    `../../templates/${name}/template.yaml`,
  );
  return parse(readFileSync(file, 'utf8'));
}

describe('templates/ai-ops-*', () => {
  it('offers exactly the backend’s domain templates, one per domain', () => {
    const template = readTemplate('ai-ops-pipeline');
    const domainField = template.spec.parameters.find(
      (page: any) => page.properties?.template,
    ).properties.template;
    expect([...domainField.enum].sort()).toEqual(
      pipelineTemplates.map(t => t.id).sort(),
    );
    expect(domainField.enum).toContain(domainField.default);
    expect(domainField.enumNames).toHaveLength(domainField.enum.length);
    const domains = domainField.enum.map(
      (id: string) => pipelineTemplates.find(t => t.id === id)!.domain,
    );
    expect([...domains].sort()).toEqual([...PIPELINE_DOMAINS].sort());
  });

  it.each([
    ['ai-ops-pipeline', 'ai-ops:pipeline:create'],
    ['ai-ops-dataset', 'ai-ops:dataset:register'],
  ])('%s runs %s with its parameters', (name, action) => {
    const template = readTemplate(name);
    const [step] = template.spec.steps;
    expect(step.action).toBe(action);
    const parameters = template.spec.parameters.flatMap((page: any) =>
      Object.keys(page.properties ?? {}),
    );
    expect(Object.keys(step.input).sort()).toEqual([...parameters].sort());
    expect(template.spec.output.links).toEqual([
      expect.objectContaining({ url: expect.stringContaining('output.url') }),
      expect.objectContaining({
        entityRef: expect.stringContaining('output.entityRef'),
      }),
    ]);
  });
});
