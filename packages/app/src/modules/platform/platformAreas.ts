/**
 * The four plugin families of the portal. Each one contributes a page
 * extension with this id once its frontend plugin lands; until then the
 * sidebar leaves it out and the home page shows it as not installed.
 */
export type PlatformArea = {
  /** Extension id of the family's root page, e.g. `page:harvester`. */
  pageExtensionId: string;
  title: string;
  description: string;
};

export const platformAreas: PlatformArea[] = [
  {
    pageExtensionId: 'page:harvester',
    title: 'Harvester',
    description: 'Hosts, virtual machines, volumes, images, networks, backups',
  },
  {
    pageExtensionId: 'page:data-catalog',
    title: 'Data Catalog',
    description: 'Databases, tables, glossary, quality and lineage',
  },
  {
    pageExtensionId: 'page:authz',
    title: 'Access',
    description: 'Users, groups, roles, policies, dry-run and audit log',
  },
  {
    pageExtensionId: 'page:ai-ops',
    title: 'AI-Ops',
    description: 'Pipelines, runs, datasets, models and serving',
  },
];
