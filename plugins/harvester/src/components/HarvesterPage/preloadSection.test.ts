import type { HarvesterApi } from '../../api/HarvesterApi';
import { preloadSection } from './preloadSection';
import { detailPages, LazyPage, sections } from './sections';

const at = (url: string) => new URL(url, 'http://portal');

describe('preloadSection', () => {
  const pages: [string, LazyPage][] = [
    ...sections.map(s => [s.path, s.Page] as [string, LazyPage]),
    ['vm detail', detailPages.vm],
    ['host detail', detailPages.host],
  ];
  const preloads = new Map(
    pages.map(([name, page]) => [
      name,
      jest.spyOn(page, 'preload').mockResolvedValue({}),
    ]),
  );
  const preloaded = () =>
    [...preloads].filter(([, spy]) => spy.mock.calls.length).map(([p]) => p);

  afterEach(() => preloads.forEach(spy => spy.mockClear()));

  it('loads the section the path opens', () => {
    preloadSection(at('/harvester/vms'), '/harvester');
    expect(preloaded()).toEqual(['vms']);
  });

  it('loads a detail page, also under a base path', () => {
    preloadSection(
      at('/portal/harvester/vms/east/default/web-1'),
      '/harvester',
    );
    preloadSection(at('/harvester/hosts/east/node-1/'), '/harvester');
    expect(preloaded()).toEqual(['vm detail', 'host detail']);
  });

  it('loads the dashboard at the mount path itself', () => {
    preloadSection(at('/harvester'), '/harvester/');
    expect(preloaded()).toEqual(['']);
  });

  it('loads nothing elsewhere', () => {
    preloadSection(at('/catalog'), '/harvester');
    preloadSection(at('/harvester/unknown'), '/harvester');
    expect(preloaded()).toEqual([]);
  });

  it('prefetches the first page of VMs with the URL’s cluster and filters', () => {
    const api = { prefetchVms: jest.fn() } as unknown as HarvesterApi;
    preloadSection(
      at('/harvester/vms?cluster=east&state=Running&q=web&other=1'),
      '/harvester',
      api,
    );
    expect(api.prefetchVms).toHaveBeenCalledWith({
      cluster: ['east'],
      state: ['Running'],
      namespace: undefined,
      host: undefined,
      q: 'web',
      label: undefined,
      offset: 0,
      limit: 25,
    });
  });

  it('prefetches nothing for a VM’s own page', () => {
    const api = { prefetchVms: jest.fn() } as unknown as HarvesterApi;
    preloadSection(at('/harvester/vms/east/default/web-1'), '/harvester', api);
    expect(api.prefetchVms).not.toHaveBeenCalled();
  });
});
