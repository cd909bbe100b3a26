import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The Access admin UI; every sub-page is a path below it. */
export const rootRouteRef = createRouteRef();
