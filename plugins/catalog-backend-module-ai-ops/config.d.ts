import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /** The AI-Ops entity provider (catalog-backend-module-ai-ops). */
      aiOps?: {
        /**
         * How often the provider reads the ai-ops backend's entities
         * besides the entities-changed events; default every 5 minutes,
         * timeout 1 minute.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
