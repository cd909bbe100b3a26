import { preloadSection } from './preloadSection';
import { detailPages, LazyPage, sections } from './sections';

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
    preloadSection('/harvester/vms', '/harvester');
    expect(preloaded()).toEqual(['vms']);
  });

  it('loads a detail page, also under a base path', () => {
    preloadSection('/portal/harvester/vms/east/default/web-1', '/harvester');
    preloadSection('/harvester/hosts/east/node-1/', '/harvester');
    expect(preloaded()).toEqual(['vm detail', 'host detail']);
  });

  it('loads the dashboard at the mount path itself', () => {
    preloadSection('/harvester', '/harvester/');
    expect(preloaded()).toEqual(['']);
  });

  it('loads nothing elsewhere', () => {
    preloadSection('/catalog', '/harvester');
    preloadSection('/harvester/unknown', '/harvester');
    expect(preloaded()).toEqual([]);
  });
});
