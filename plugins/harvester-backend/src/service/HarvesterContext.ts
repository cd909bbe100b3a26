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
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { HarvesterAuthorizer } from '../permissions/harvesterAuthorizer';

/** What every area of the harvester backend is built from. */
export type HarvesterContext = {
  logger: LoggerService;
  config: RootConfigService;
  auth: AuthService;
  httpAuth: HttpAuthService;
  discovery: DiscoveryService;
  permissions: PermissionsService;
  /** 401 without a user, 403 naming the denying policy (authz-node). */
  authorize: RouteAuthorizer;
  /** Conditional decisions applied to Harvester objects in memory. */
  harvesterAuth: HarvesterAuthorizer;
  auditor: AuditorService;
  events: EventsService;
  scheduler: SchedulerService;
  clusters: ClusterRegistry;
};
