import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /** The data-catalog entity provider (catalog-backend-module-data-catalog). */
      dataCatalog?: {
        /**
         * How often the provider reads the data-catalog entity feed besides
         * the `entities-changed` events; default every 30 seconds.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
