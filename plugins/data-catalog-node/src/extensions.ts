import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { DataSourceConnector } from './connector';

export interface DataCatalogConnectorsExtensionPoint {
  addConnector(...connectors: DataSourceConnector[]): void;
}

/** Lets a backend module add a connector for another platform. */
export const dataCatalogConnectorsExtensionPoint =
  createExtensionPoint<DataCatalogConnectorsExtensionPoint>({
    id: 'data-catalog.connectors',
  });
