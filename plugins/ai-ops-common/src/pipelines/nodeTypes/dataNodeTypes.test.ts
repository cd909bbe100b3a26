import { taskRuntimeOf } from '../taskRuntime';
import { findNodeType, parseDatasetVersionSpec } from '.';

describe('dataset node types', () => {
  const loadV2 = findNodeType('data.load', 2)!;

  it('parses name@version and name@latest, and nothing else', () => {
    expect(parseDatasetVersionSpec('sales@3')).toEqual({
      dataset: 'sales',
      version: 3,
    });
    expect(parseDatasetVersionSpec('daily-sales@latest')).toEqual({
      dataset: 'daily-sales',
      version: 'latest',
    });
    for (const bad of ['sales', 'sales@0', 'Sales@1', 'sales@', '@1', 'a-@1'])
      expect(parseDatasetVersionSpec(bad)).toBeUndefined();
  });

  it('takes either a uri or a dataset in data.load v2', () => {
    const parse = (config: object) => loadV2.configSchema.safeParse(config);
    expect(parse({ uri: 'file:///a.csv' }).success).toBe(true);
    expect(parse({ dataset: 'sales@latest' }).success).toBe(true);
    expect(parse({}).success).toBe(false);
    expect(parse({ uri: 'file:///a.csv', dataset: 'sales@1' }).success).toBe(
      false,
    );
    expect(parse({ dataset: 'sales' }).error?.issues[0].message).toBe(
      'expected <dataset>@<version> or <dataset>@latest',
    );
  });

  it('hands data.load v2 the resolved version as the hidden input dataset', () => {
    const node = (config: Record<string, unknown>) => ({
      id: 'load',
      type: 'data.load',
      typeVersion: 2,
      config,
    });
    expect(
      taskRuntimeOf(loadV2, node({ dataset: 'sales@1' }), ['dataset']).command,
    ).toContain('dataset={{inputs.dataset}}');
    // With a URI there is no dataset: the placeholder is blanked.
    expect(
      taskRuntimeOf(loadV2, node({ uri: 'file:///a.csv' }), []).command,
    ).toContain('dataset=');
    expect(findNodeType('data.load', 1)!.runtime.command).not.toContain(
      'dataset={{inputs.dataset}}',
    );
    expect(findNodeType('data.publish', 1)!.inputs).toEqual([
      { name: 'data', required: true, kind: 'dataset' },
    ]);
  });
});
