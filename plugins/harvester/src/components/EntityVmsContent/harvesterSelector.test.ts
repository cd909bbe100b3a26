import { parseHarvesterSelector } from './harvesterSelector';

describe('parseHarvesterSelector', () => {
  it('reads a cluster, an optional namespace and a label selector', () => {
    expect(parseHarvesterSelector('prod')).toEqual({
      cluster: 'prod',
      namespace: undefined,
      label: undefined,
    });
    expect(parseHarvesterSelector('prod/shop')).toEqual({
      cluster: 'prod',
      namespace: 'shop',
      label: undefined,
    });
    expect(parseHarvesterSelector(' prod/shop?app=web,tier!=db ')).toEqual({
      cluster: 'prod',
      namespace: 'shop',
      label: 'app=web,tier!=db',
    });
    expect(parseHarvesterSelector('prod?app=web')).toEqual({
      cluster: 'prod',
      namespace: undefined,
      label: 'app=web',
    });
  });

  it('refuses values that name no cluster or too much', () => {
    expect(parseHarvesterSelector(undefined)).toBeUndefined();
    expect(parseHarvesterSelector('?app=web')).toBeUndefined();
    expect(parseHarvesterSelector('prod/shop/web-1')).toBeUndefined();
  });
});
