import { configErrorsOf, issuesFromMessage } from './graphIssues';

describe('graphIssues', () => {
  it('reads the node and field out of a server 400 message', () => {
    const issues = issuesFromMessage(
      'Invalid graph: graph.nodes[train].config.epochs: Invalid input: expected number, received string; graph: Cycle train → split → train',
    );
    expect(issues).toEqual([
      {
        path: 'graph.nodes[train].config.epochs',
        message: 'Invalid input: expected number, received string',
      },
      { path: 'graph', message: 'Cycle train → split → train' },
    ]);
    expect(configErrorsOf(issues, 'train')).toEqual({
      epochs: 'Invalid input: expected number, received string',
    });
    expect(configErrorsOf(issues, 'split')).toEqual({});
  });
});
