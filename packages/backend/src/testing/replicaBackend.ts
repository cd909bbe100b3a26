import { createPortalBackend } from '../backend';
import { allowFileLocationsModule } from './allowFileLocationsModule';
import { scheduleProbePlugin } from './scheduleProbePlugin';

// The portal backend plus the test fixtures, started by replicas.test.ts.
const backend = createPortalBackend();
backend.add(scheduleProbePlugin);
backend.add(allowFileLocationsModule);
backend.start();
