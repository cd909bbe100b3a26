import { PdpData } from '@internal/plugin-authz-common';
import { WasmDecisionPoint } from '@internal/plugin-authz-node';
import { PdpDataSource } from '../PdpDataSource';

/**
 * A wasm decision point over the current PAP data for dry-runs, rebuilt only
 * when the revision moves.
 */
export class CurrentDecisionPoint {
  private cached?: Promise<{
    revision: number;
    data: PdpData;
    point: WasmDecisionPoint;
  }>;

  constructor(private readonly source: PdpDataSource) {}

  async get(): Promise<{
    revision: number;
    data: PdpData;
    point: WasmDecisionPoint;
  }> {
    const revision = await this.source.revision();
    const cached = await this.cached?.catch(() => undefined);
    if (cached && cached.revision === revision) return cached;
    this.cached = (async () => {
      const data = await this.source.load();
      return {
        revision: data.revision,
        data,
        point: await WasmDecisionPoint.create(data),
      };
    })();
    return this.cached;
  }
}
