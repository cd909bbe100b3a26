import { NotFoundError } from '@backstage/errors';
import { DataSourceConnector } from '@internal/plugin-data-catalog-node';

/** The connectors by platform: built-in ones plus those modules add. */
export class ConnectorRegistry {
  private readonly byPlatform = new Map<string, DataSourceConnector>();

  add(...connectors: DataSourceConnector[]) {
    for (const connector of connectors) {
      if (this.byPlatform.has(connector.platform)) {
        throw new Error(
          `A connector for platform '${connector.platform}' is already registered`,
        );
      }
      this.byPlatform.set(connector.platform, connector);
    }
  }

  get(platform: string): DataSourceConnector {
    const connector = this.byPlatform.get(platform);
    if (!connector) {
      throw new NotFoundError(
        `No connector for platform '${platform}' (known: ${this.platforms().join(
          ', ',
        )})`,
      );
    }
    return connector;
  }

  platforms(): string[] {
    return [...this.byPlatform.keys()].sort();
  }
}
