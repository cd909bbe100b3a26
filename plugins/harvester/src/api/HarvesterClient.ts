import type {
  DiscoveryApi,
  FetchApi,
  IdentityApi,
} from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  ClusterSummary,
  VmAction,
} from '@internal/plugin-harvester-common';
import type { HarvesterApi } from './HarvesterApi';
import { OidcTokens, Reach } from './OidcTokens';
import { postWithProgress } from './postWithProgress';
import type * as T from './types';
import { type QueryParams, queryString } from '@internal/portal-react';

/** The header the backend reads the caller's token from for `oidc` clusters. */
export const OIDC_TOKEN_HEADER = 'x-harvester-oidc-token';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Out<K extends keyof HarvesterApi> = Awaited<ReturnType<HarvesterApi[K]>>;

type Request = {
  method: Method;
  path: string;
  reach: Reach;
  query?: QueryParams;
  body?: object;
};

const enc = encodeURIComponent;

/** `/clusters/<c>/namespaces/<ns>/<kind>/<name>` of a namespaced object. */
export function objectPath(kind: string, ref: T.NamespacedRef): string {
  return `${namespacePath(ref)}/${kind}/${enc(ref.name)}`;
}

function namespacePath(target: T.NamespaceTarget): string {
  return `/clusters/${enc(target.cluster)}/namespaces/${enc(target.namespace)}`;
}

function hostPath(ref: T.ClusterScopedRef): string {
  return `/clusters/${enc(ref.cluster)}/hosts/${enc(ref.name)}`;
}

/** How long a prefetched list waits for the page that asked for it. */
const PREFETCH_KEEP_MS = 5000;

/** A list call's identity: its path and parameters, in any order. */
function prefetchKey(path: string, query: QueryParams): string {
  const sorted = Object.entries(query).sort(([a], [b]) => a.localeCompare(b));
  return `${path}${queryString(Object.fromEntries(sorted))}`;
}

/**
 * The harvester backend over HTTP with the signed-in user's Backstage
 * token. Every URL of the API is written here, and nowhere else. Uploads
 * go through XMLHttpRequest for their progress, with the token the fetch
 * API would add (from the identity API).
 *
 * Clusters configured with `authType: oidc` act with the user's own OIDC
 * ID token: when the app supplies `oidcToken`, requests reaching such a
 * cluster carry it in {@link OIDC_TOKEN_HEADER}.
 */
export class HarvesterClient implements HarvesterApi {
  readonly #discovery: DiscoveryApi;
  readonly #fetch: FetchApi;
  readonly #identity: Pick<IdentityApi, 'getCredentials'>;
  readonly #oidc: OidcTokens;
  #clusters?: Promise<ClusterSummary[]>;
  readonly #prefetched = new Map<string, Promise<unknown>>();

  constructor(deps: {
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
    identityApi: Pick<IdentityApi, 'getCredentials'>;
    /** The signed-in user's OIDC ID token; '' or undefined when none. */
    oidcToken?: () => Promise<string | undefined>;
  }) {
    this.#discovery = deps.discoveryApi;
    this.#fetch = deps.fetchApi;
    this.#identity = deps.identityApi;
    this.#oidc = new OidcTokens(deps.oidcToken, () => this.listClusters());
  }

  async #call(request: Request): Promise<Response> {
    const base = await this.#discovery.getBaseUrl('harvester');
    const headers: Record<string, string> = {};
    if (request.body) headers['Content-Type'] = 'application/json';
    const token = await this.#oidc.tokenFor(request.reach);
    if (token) headers[OIDC_TOKEN_HEADER] = token;
    const response = await this.#fetch.fetch(
      `${base}${request.path}${queryString(request.query)}`,
      {
        method: request.method,
        headers,
        body: request.body ? JSON.stringify(request.body) : undefined,
      },
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }

  async #get<R>(path: string, reach: Reach, query?: QueryParams): Promise<R> {
    return (await this.#call({ method: 'GET', path, reach, query })).json();
  }

  /**
   * A list route: its cluster filter says which clusters it reaches. A
   * prefetched answer to the same list is taken, once.
   */
  #list<R>(path: string, query: QueryParams & { cluster?: string | string[] }) {
    const key = prefetchKey(path, query);
    const prefetched = this.#prefetched.get(key);
    if (prefetched) {
      this.#prefetched.delete(key);
      return prefetched as Promise<R>;
    }
    const { cluster } = query;
    const reach: Reach = !cluster?.length ? 'all' : [cluster].flat();
    return this.#get<R>(path, reach, query);
  }

  /** Lists now; the next identical list call within a few seconds takes the answer. */
  #prefetch(path: string, query: QueryParams & { cluster?: string[] }) {
    const key = prefetchKey(path, query);
    const answer = this.#list(path, query);
    // A failure is the page's to report, when it asks for the list itself.
    answer.catch(() => {});
    this.#prefetched.set(key, answer);
    setTimeout(() => {
      if (this.#prefetched.get(key) === answer) this.#prefetched.delete(key);
    }, PREFETCH_KEEP_MS);
  }

  /** Changes; 204 answers have nothing to parse. */
  async #send<R>(request: Request): Promise<R> {
    const text = await (await this.#call(request)).text();
    return (text ? JSON.parse(text) : undefined) as R;
  }

  #change<R>(method: Method, path: string, cluster: string, body?: object) {
    return this.#send<R>({ method, path, reach: [cluster], body });
  }

  /**
   * The cluster list, served from the portal's own config. Callers asking
   * while a request is on its way share it: the page prefetches the list as
   * it loads, and the picker and the first list request then wait for it.
   */
  listClusters() {
    this.#clusters ??= this.#get<ClusterSummary[]>('/clusters', [])
      .then(clusters => {
        this.#oidc.remember(clusters);
        return clusters;
      })
      .finally(() => {
        this.#clusters = undefined;
      });
    return this.#clusters;
  }
  getDashboard(query: { cluster?: string[] } = {}) {
    return this.#list<Out<'getDashboard'>>('/dashboard', query);
  }
  listEvents(query: T.EventsQuery) {
    return this.#list<Out<'listEvents'>>('/events', query);
  }
  getMonitoring(query: T.MonitoringQuery) {
    return this.#list<Out<'getMonitoring'>>('/monitoring', query);
  }
  listSettings(query: { cluster?: string }) {
    return this.#list<Out<'listSettings'>>('/settings', query);
  }
  updateSetting(ref: T.ClusterScopedRef, request: T.SettingUpdateRequest) {
    const path = `/clusters/${enc(ref.cluster)}/settings/${enc(ref.name)}`;
    return this.#change<Out<'updateSetting'>>(
      'PUT',
      path,
      ref.cluster,
      request,
    );
  }

  listVms(query: T.VmListQuery) {
    return this.#list<Out<'listVms'>>('/vms', query);
  }
  prefetchVms(query: T.VmListQuery) {
    this.#prefetch('/vms', query);
  }
  getVm(ref: T.NamespacedRef) {
    return this.#get<Out<'getVm'>>(objectPath('vms', ref), [ref.cluster]);
  }
  createVm(target: T.NamespaceTarget, request: T.VmCreateRequest) {
    const path = `${namespacePath(target)}/vms`;
    return this.#change<Out<'createVm'>>('POST', path, target.cluster, request);
  }
  cloneVm(ref: T.NamespacedRef, request: T.VmCloneRequest) {
    const path = `${objectPath('vms', ref)}/clone`;
    return this.#change<Out<'cloneVm'>>('POST', path, ref.cluster, request);
  }
  runVmAction(
    ref: T.NamespacedRef,
    action: VmAction,
    request: T.VmActionRequest = {},
  ) {
    const path = `${objectPath('vms', ref)}/actions/${enc(action)}`;
    return this.#change<Out<'runVmAction'>>('POST', path, ref.cluster, request);
  }
  getVmDeletePlan(ref: T.NamespacedRef, options: { removeVolumes: boolean }) {
    const path = `${objectPath('vms', ref)}/delete-plan`;
    return this.#get<Out<'getVmDeletePlan'>>(path, [ref.cluster], options);
  }
  deleteVm(
    ref: T.NamespacedRef,
    options: { removeVolumes: boolean; confirm: string },
  ) {
    return this.#send<Out<'deleteVm'>>({
      method: 'DELETE',
      path: objectPath('vms', ref),
      reach: [ref.cluster],
      query: options,
    });
  }
  runBulkVmAction(request: T.VmBulkActionRequest) {
    return this.#send<Out<'runBulkVmAction'>>({
      method: 'POST',
      path: '/vms/bulk',
      reach: [...new Set(request.vms.map(vm => vm.split('/')[0]))],
      body: request,
    });
  }
  listTemplates(query: { cluster?: string; namespace?: string }) {
    return this.#list<Out<'listTemplates'>>('/templates', query);
  }
  listKeyPairs(query: { cluster?: string; namespace?: string }) {
    return this.#list<Out<'listKeyPairs'>>('/keypairs', query);
  }

  listHosts(query: T.HostListQuery) {
    return this.#list<Out<'listHosts'>>('/hosts', query);
  }
  getHost(ref: T.ClusterScopedRef) {
    return this.#get<Out<'getHost'>>(hostPath(ref), [ref.cluster]);
  }
  setHostCordoned(ref: T.ClusterScopedRef, cordoned: boolean) {
    const path = `${hostPath(ref)}/${cordoned ? 'cordon' : 'uncordon'}`;
    return this.#change<Out<'setHostCordoned'>>('POST', path, ref.cluster);
  }
  setHostMaintenance(ref: T.ClusterScopedRef, enable: boolean) {
    const path = `${hostPath(ref)}/maintenance`;
    return this.#change<Out<'setHostMaintenance'>>('POST', path, ref.cluster, {
      enable,
    });
  }

  listVolumes(query: T.ListQuery) {
    return this.#list<Out<'listVolumes'>>('/volumes', query);
  }
  createVolume(target: T.NamespaceTarget, request: T.VolumeCreateRequest) {
    const path = `${namespacePath(target)}/volumes`;
    return this.#change<Out<'createVolume'>>(
      'POST',
      path,
      target.cluster,
      request,
    );
  }
  expandVolume(ref: T.NamespacedRef, request: T.VolumeExpandRequest) {
    const path = objectPath('volumes', ref);
    return this.#change<Out<'expandVolume'>>(
      'PATCH',
      path,
      ref.cluster,
      request,
    );
  }
  deleteVolume(ref: T.NamespacedRef) {
    return this.#change<void>(
      'DELETE',
      objectPath('volumes', ref),
      ref.cluster,
    );
  }
  listVolumeSnapshots(query: T.ListQuery) {
    return this.#list<Out<'listVolumeSnapshots'>>('/volume-snapshots', query);
  }
  listStorageClasses(query: { cluster?: string }) {
    return this.#list<Out<'listStorageClasses'>>('/storage-classes', query);
  }

  listImages(query: T.ListQuery) {
    return this.#list<Out<'listImages'>>('/images', query);
  }
  createImage(target: T.NamespaceTarget, request: T.ImageCreateRequest) {
    const path = `${namespacePath(target)}/images`;
    return this.#change<Out<'createImage'>>(
      'POST',
      path,
      target.cluster,
      request,
    );
  }
  async uploadImage(
    target: T.NamespaceTarget,
    file: File,
    request: T.ImageUploadRequest,
    options: T.UploadOptions = {},
  ): Promise<Out<'uploadImage'>> {
    const base = await this.#discovery.getBaseUrl('harvester');
    const query = queryString({ fileName: file.name, ...request });
    const { token } = await this.#identity.getCredentials();
    const oidcToken = await this.#oidc.tokenFor([target.cluster]);
    const response = await postWithProgress({
      url: `${base}${namespacePath(target)}/images/upload${query}`,
      headers: {
        'Content-Type': 'application/octet-stream',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(oidcToken ? { [OIDC_TOKEN_HEADER]: oidcToken } : {}),
      },
      body: file,
      ...options,
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.json();
  }
  deleteImage(ref: T.NamespacedRef) {
    return this.#change<void>('DELETE', objectPath('images', ref), ref.cluster);
  }

  listBackups(query: T.BackupListQuery) {
    return this.#list<Out<'listBackups'>>('/backups', query);
  }
  createBackup(vm: T.NamespacedRef, request: T.VmBackupCreateRequest) {
    const path = `${objectPath('vms', vm)}/backups`;
    return this.#change<Out<'createBackup'>>('POST', path, vm.cluster, request);
  }
  restoreBackup(backup: T.NamespacedRef, request: T.VmRestoreRequest) {
    const path = `${objectPath('backups', backup)}/restore`;
    return this.#change<Out<'restoreBackup'>>(
      'POST',
      path,
      backup.cluster,
      request,
    );
  }
  deleteBackup(ref: T.NamespacedRef) {
    return this.#change<void>(
      'DELETE',
      objectPath('backups', ref),
      ref.cluster,
    );
  }
  listBackupSchedules(query: T.ListQuery) {
    return this.#list<Out<'listBackupSchedules'>>('/backup-schedules', query);
  }

  listNamespaces(query: T.ListQuery) {
    return this.#list<Out<'listNamespaces'>>('/namespaces', query);
  }
  createNamespace(cluster: string, request: T.NamespaceCreateRequest) {
    const path = `/clusters/${enc(cluster)}/namespaces`;
    return this.#change<Out<'createNamespace'>>('POST', path, cluster, request);
  }
  setNamespaceQuota(ref: T.ClusterScopedRef, request: T.NamespaceQuotaRequest) {
    const target = { cluster: ref.cluster, namespace: ref.name };
    const path = `${namespacePath(target)}/quota`;
    return this.#change<Out<'setNamespaceQuota'>>(
      'PUT',
      path,
      ref.cluster,
      request,
    );
  }

  listNetworks(query: T.ListQuery) {
    return this.#list<Out<'listNetworks'>>('/networks', query);
  }
  listClusterNetworks(query: { cluster?: string }) {
    return this.#list<Out<'listClusterNetworks'>>('/cluster-networks', query);
  }
  createNetwork(target: T.NamespaceTarget, request: T.NetworkCreateRequest) {
    const path = `${namespacePath(target)}/networks`;
    return this.#change<Out<'createNetwork'>>(
      'POST',
      path,
      target.cluster,
      request,
    );
  }
  deleteNetwork(ref: T.NamespacedRef) {
    return this.#change<void>(
      'DELETE',
      objectPath('networks', ref),
      ref.cluster,
    );
  }
}
