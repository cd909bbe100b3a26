import {
  AuditorService,
  AuthService,
  DiscoveryService,
  HttpAuthService,
  LifecycleService,
  LoggerService,
  PermissionsService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import { RouteAuthorizer } from '@internal/plugin-authz-node';
import { ObjectStore, TaskExecutor } from '@internal/plugin-ai-ops-node';
import { LineageService } from '@internal/plugin-data-catalog-node';
import { Knex } from 'knex';
import { SecretCipher } from '../secrets/SecretCipher';

/** What every area of the AI-Ops backend is built from. */
export type AiOpsContext = {
  logger: LoggerService;
  config: RootConfigService;
  knex: Knex;
  auth: AuthService;
  httpAuth: HttpAuthService;
  discovery: DiscoveryService;
  permissions: PermissionsService;
  /** 401 without a user, 403 naming the denying policy (authz-node). */
  authorize: RouteAuthorizer;
  auditor: AuditorService;
  events: EventsService;
  scheduler: SchedulerService;
  lifecycle: LifecycleService;
  /** The portal's one lineage graph, owned by the data-catalog family. */
  lineage: LineageService;
  /** Logs and artifacts: local files by default, MinIO/S3 in production. */
  objectStore: ObjectStore;
  /** Executors by id: `local` always, more from modules. */
  executors: Map<string, TaskExecutor>;
  /** Encrypts and decrypts workspace secrets (`aiOps.secretStore`). */
  secretCipher: SecretCipher;
};
