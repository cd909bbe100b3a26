import { PdpData } from '@internal/plugin-authz-common';

/** The PAP state as the PDP sees it, always from the database. */
export interface PdpDataSource {
  load(): Promise<PdpData>;
  /** Cheap: the counter every committed change increases. */
  revision(): Promise<number>;
}
