import { NodeType } from '../nodeType';
import { codeNodeTypes } from './codeNodeTypes';
import { dataNodeTypes } from './dataNodeTypes';
import { featureNodeTypes } from './featureNodeTypes';
import { modelNodeTypes } from './modelNodeTypes';

export { BUILT_IN_TASKS_IMAGE } from './builtInTask';
export {
  DATASET_VERSION_SPEC,
  parseDatasetVersionSpec,
  SYNTHETIC_DATASETS,
} from './dataNodeTypes';

/** Every node type the backend knows, each type at each of its versions. */
export const builtInNodeTypes: NodeType[] = [
  ...dataNodeTypes,
  ...featureNodeTypes,
  ...modelNodeTypes,
  ...codeNodeTypes,
];

/** The node type at that version, or undefined. */
export function findNodeType(
  type: string,
  version: number,
  nodeTypes: NodeType[] = builtInNodeTypes,
): NodeType | undefined {
  return nodeTypes.find(t => t.type === type && t.version === version);
}
