export { explainDenials } from './explainDenials';
