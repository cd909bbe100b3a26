import type { HarvesterApi } from '../../api/HarvesterApi';
import { detailPages, LazyPage, Section, sections } from './sections';

/** The page that the path below the mount point opens, as HarvesterPage routes it. */
function pageAt(
  segments: string[],
): { Page: LazyPage; prefetch?: Section['prefetch'] } | undefined {
  const [first = ''] = segments;
  if (first === 'hosts' && segments.length === 3) {
    return { Page: detailPages.host };
  }
  if (first === 'vms' && segments.length === 4) return { Page: detailPages.vm };
  return sections.find(s => s.path === first);
}

/**
 * Starts loading the module of the page that `location` opens, so that it
 * loads alongside the Harvester page's own module rather than after it,
 * and the page's first request, so that its answer is there when the page
 * renders. `mountPath` is where the Harvester page is mounted, e.g.
 * `/harvester`.
 */
export function preloadSection(
  location: { pathname: string; search: string },
  mountPath: string,
  api?: HarvesterApi,
): void {
  const mount = `${mountPath.replace(/\/$/, '')}/`;
  const path = `${location.pathname.replace(/\/$/, '')}/`;
  const at = path.indexOf(mount);
  if (at < 0) return;
  const segments = path
    .slice(at + mount.length)
    .split('/')
    .filter(Boolean);
  const page = pageAt(segments);
  if (!page) return;
  // A failed preload is retried, and reported, when the page renders.
  page.Page.preload().catch(() => {});
  if (api) page.prefetch?.(api, new URLSearchParams(location.search));
}
