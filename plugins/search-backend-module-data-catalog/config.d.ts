import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** The data-catalog collator (search-backend-module-data-catalog). */
      dataCatalog?: {
        /**
         * When to re-read every document; default every 10 minutes, first
         * after 10 seconds.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /** Documents per request to the data-catalog backend (≤ 1000, default 500). */
        batchSize?: number;
      };
    };
  };
}
