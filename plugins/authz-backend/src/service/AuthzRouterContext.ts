import {
  AuthService,
  DiscoveryService,
  HttpAuthService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import { Knex } from 'knex';
import { ChangeRecorder } from '../audit/ChangeRecorder';
import { RouteAuthorizer } from '@internal/plugin-authz-node';
import { PdpDataSource } from './PdpDataSource';

/** What every part of `/api/authz` is built from (see plugin.ts). */
export type AuthzRouterContext = {
  logger: LoggerService;
  config: RootConfigService;
  auth: AuthService;
  httpAuth: HttpAuthService;
  discovery: DiscoveryService;
  events: EventsService;
  knex: Knex;
  /** 401/403 for user routes: `await authorize(req, somePermission)`. */
  authorize: RouteAuthorizer;
  changes: ChangeRecorder;
  pdpData: PdpDataSource;
};
