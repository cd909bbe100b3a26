import { detailPages, LazyPage, sections } from './sections';

/** The page that the path below the mount point opens, as HarvesterPage routes it. */
function pageAt(segments: string[]): LazyPage | undefined {
  const [first = ''] = segments;
  if (first === 'hosts' && segments.length === 3) return detailPages.host;
  if (first === 'vms' && segments.length === 4) return detailPages.vm;
  return sections.find(s => s.path === first)?.Page;
}

/**
 * Starts loading the module of the page that `pathname` opens, so that it
 * loads alongside the Harvester page's own module rather than after it.
 * `mountPath` is where the Harvester page is mounted, e.g. `/harvester`.
 */
export function preloadSection(pathname: string, mountPath: string): void {
  const mount = `${mountPath.replace(/\/$/, '')}/`;
  const path = `${pathname.replace(/\/$/, '')}/`;
  const at = path.indexOf(mount);
  if (at < 0) return;
  const segments = path
    .slice(at + mount.length)
    .split('/')
    .filter(Boolean);
  // A failed preload is retried, and reported, when the page renders.
  pageAt(segments)
    ?.preload()
    .catch(() => {});
}
