import {
  AuditorService,
  AuthService,
  DiscoveryService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import { RouteAuthorizer } from '@internal/plugin-authz-node';
import { Knex } from 'knex';
import { ConnectorRegistry } from '../connectors/ConnectorRegistry';
import { LineageStore } from '../lineage/LineageStore';

/** What every area of the data-catalog backend is built from. */
export type DataCatalogContext = {
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
  connectors: ConnectorRegistry;
  lineage: LineageStore;
};
