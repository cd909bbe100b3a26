import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /** The Harvester entity provider (catalog-backend-module-harvester). */
      harvester?: {
        /**
         * How often the provider reads the harvester backend's entities
         * besides the VM-change events; default every 60 s, timeout 50 s.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
