import { docPatch } from './docPatch';

describe('docPatch', () => {
  it('sends changed fields, null for emptied ones, nothing for the rest', () => {
    expect(
      docPatch(
        ['description', 'unit', 'team', 'sla'],
        { description: 'New', team: 'Checkout', sla: 'daily' },
        { description: 'Old', unit: 'EUR', team: '', sla: 'daily' },
      ),
    ).toEqual({ description: 'New', unit: null, team: 'Checkout' });
  });
});
