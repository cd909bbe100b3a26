import {
  aiOpsDatasetEntityRef,
  aiOpsLineageNodes,
  aiOpsPagePaths,
  aiOpsPipelineEntityRef,
} from './entityRefs';

describe('AI-Ops entity refs', () => {
  it('names datasets and pipelines by workspace and name', () => {
    expect(aiOpsDatasetEntityRef('ml', 'sales')).toBe(
      'resource:default/ai-ops-dataset-ml-sales',
    );
    expect(aiOpsPipelineEntityRef('ml', 'train')).toBe(
      'component:default/ai-ops-pipeline-ml-train',
    );
    expect(aiOpsLineageNodes.datasetVersion('ml', 'sales', 3)).toEqual({
      entityRef: 'resource:default/ai-ops-dataset-ml-sales',
      column: 'version:3',
    });
  });

  it('keeps long names within 63 characters and apart', () => {
    const workspace = 'a'.repeat(40);
    const one = aiOpsDatasetEntityRef(workspace, `${'b'.repeat(40)}-one`);
    const two = aiOpsDatasetEntityRef(workspace, `${'b'.repeat(40)}-two`);
    const name = (ref: string) => ref.split('/')[1];
    expect(name(one)).toHaveLength(63);
    expect(name(one)).toMatch(/^ai-ops-dataset-a+-[0-9a-f]{8}$/);
    expect(one).not.toBe(two);
    expect(aiOpsDatasetEntityRef(workspace, `${'b'.repeat(40)}-one`)).toBe(one);
  });

  it('links pipelines and datasets to their portal pages', () => {
    expect(aiOpsPagePaths.pipeline('ml research', 'p/1')).toBe(
      '/ai-ops/pipelines/p%2F1?workspace=ml%20research',
    );
    expect(aiOpsPagePaths.dataset('ml', 'sales')).toBe(
      '/ai-ops/datasets/sales?workspace=ml',
    );
  });
});
