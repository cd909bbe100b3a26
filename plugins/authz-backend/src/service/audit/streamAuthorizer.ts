import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { processDecisionJournal } from '@internal/plugin-authz-node';
import { createRouteAuthorizer } from '@internal/plugin-authz-node';

/**
 * An EventSource cannot send an Authorization header, so the stream also
 * takes the limited user cookie that `GET /audit/cookie` issues. Only the
 * stream does: the routes that change things keep refusing cookies.
 */
function acceptingUserCookie(httpAuth: HttpAuthService): HttpAuthService {
  return {
    credentials: (req, options) =>
      httpAuth.credentials(req, { ...options, allowLimitedAccess: true }),
    issueUserCookie: (res, options) => httpAuth.issueUserCookie(res, options),
  };
}

/** `authorize(req, permission)` as every route has it, cookies allowed. */
export function createStreamAuthorizer(
  httpAuth: HttpAuthService,
  permissions: PermissionsService,
) {
  return createRouteAuthorizer({
    httpAuth: acceptingUserCookie(httpAuth),
    permissions,
    journal: processDecisionJournal,
  });
}
