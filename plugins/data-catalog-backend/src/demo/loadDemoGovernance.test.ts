import { createMockDirectory } from '@backstage/backend-test-utils';
import { demoGovernanceFile, loadDemoGovernance } from './loadDemoGovernance';

const directory = createMockDirectory();

describe('loadDemoGovernance', () => {
  it('reads the shipped demo content', async () => {
    const content = await loadDemoGovernance(demoGovernanceFile());
    expect(Object.keys(content.tables)).toContain('customers');
    expect(content.glossary.map(t => t.status)).toEqual(
      expect.arrayContaining(['approved', 'in-review', 'draft']),
    );
  });

  it('names the file and every bad path of an invalid one', async () => {
    directory.setContent({
      'bad.yaml': [
        'tables:',
        '  orders:',
        '    doc: { owner: finance, colour: red }',
        'glossary:',
        '  - name: Order',
        '    definition: A purchase',
        '    owner: group:default/sales',
        '    reviewers: [user:default/guest]',
        '    proposedBy: user:default/erin.jung',
        '    status: in-review',
        '    approvedBy: user:default/bob.lee',
        '    links: [{ table: orders }]',
      ].join('\n'),
    });
    const file = directory.resolve('bad.yaml');
    const error = await loadDemoGovernance(file).catch(e => e);
    expect(error.message).toMatch(
      new RegExp(`^Invalid demo content ${file}: `),
    );
    for (const problem of [
      'tables.orders.doc.owner: an entity ref like group:default/team',
      'tables.orders.doc: Unrecognized key: "colour"',
      'glossary[0].approvedBy: required exactly when the status is approved',
      'glossary[0].approvedBy: must be one of the reviewers',
      'glossary[0].links: only approved terms can be linked',
    ]) {
      expect(error.message).toContain(problem);
    }
  });

  it('reports a file that is not YAML', async () => {
    directory.setContent({ 'broken.yaml': 'tables: [unclosed' });
    const file = directory.resolve('broken.yaml');
    await expect(loadDemoGovernance(file)).rejects.toThrow(
      `Invalid demo content ${file}: YAMLParseError`,
    );
  });
});
