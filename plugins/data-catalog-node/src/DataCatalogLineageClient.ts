import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  LineageEdgeInput,
  LineageNeighbours,
  LineageNode,
  MAX_LINEAGE_EDGES_PER_REQUEST,
} from '@internal/plugin-data-catalog-common';
import { LineageService } from './lineage';

const PLUGIN_ID = 'data-catalog';

/**
 * LineageService over the data-catalog API, called as this plugin's
 * service principal (which may write edges of any source). More edges than
 * one request takes go in several requests, each applied on its own.
 */
export class DataCatalogLineageClient implements LineageService {
  private readonly discovery: DiscoveryService;
  private readonly auth: AuthService;
  private readonly fetch: typeof fetch;

  constructor(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    fetch?: typeof fetch;
  }) {
    this.discovery = options.discovery;
    this.auth = options.auth;
    this.fetch = options.fetch ?? fetch;
  }

  async addEdges(edges: LineageEdgeInput[]): Promise<void> {
    await this.sendEdges('POST', edges);
  }

  async removeEdges(edges: LineageEdgeInput[]): Promise<void> {
    await this.sendEdges('DELETE', edges);
  }

  async neighbours(node: LineageNode): Promise<LineageNeighbours> {
    const query = new URLSearchParams({ entityRef: node.entityRef });
    if (node.column !== undefined) query.set('column', node.column);
    const response = await this.request('GET', `/lineage?${query}`);
    return (await response.json()) as LineageNeighbours;
  }

  private async sendEdges(method: string, edges: LineageEdgeInput[]) {
    for (let i = 0; i < edges.length; i += MAX_LINEAGE_EDGES_PER_REQUEST) {
      const part = edges.slice(i, i + MAX_LINEAGE_EDGES_PER_REQUEST);
      await this.request(method, '/lineage/edges', { edges: part });
    }
  }

  private async request(method: string, path: string, body?: unknown) {
    const baseUrl = await this.discovery.getBaseUrl(PLUGIN_ID);
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf: await this.auth.getOwnServiceCredentials(),
      targetPluginId: PLUGIN_ID,
    });
    const response = await this.fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }
}
