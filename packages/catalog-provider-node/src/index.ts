/**
 * What the portal's catalog entity providers share.
 *
 * @packageDocumentation
 */
export {
  entityProviderRefreshDeps,
  scheduleEntityProviderRefresh,
  type ScheduleEntityProviderRefreshOptions,
} from './scheduleEntityProviderRefresh';
