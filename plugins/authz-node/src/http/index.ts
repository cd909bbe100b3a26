export { explainDenials } from './explainDenials';
export { parseInput } from './parseInput';
export {
  actorAuthorizer,
  createRouteAuthorizer,
  type RouteAuthorizer,
} from './routeAuthorizer';
