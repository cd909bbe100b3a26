import express from 'express';
import Router from 'express-promise-router';
import { AiOpsContext } from '../service/AiOpsContext';
import { createCurrentWorkspaceRoutes } from './currentWorkspaceRoutes';
import { createMemberRoutes } from './memberRoutes';
import { createOrganizationRoutes } from './organizationRoutes';
import { createWorkspaceRoutes } from './workspaceRoutes';

/** Organisations, workspaces, members and the caller's current workspace. */
export async function createTenancyRouter(
  context: AiOpsContext,
): Promise<express.Router> {
  const router = Router();
  router.use(createOrganizationRoutes(context));
  router.use(createWorkspaceRoutes(context));
  router.use(createMemberRoutes(context));
  router.use(createCurrentWorkspaceRoutes(context));
  return router;
}
