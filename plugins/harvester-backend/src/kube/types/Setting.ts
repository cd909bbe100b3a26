import { KubeObject } from '../KubeObject';

/** `harvesterhci.io/v1beta1` Setting: value and default at the top level. */
export type Setting = KubeObject<never, SettingStatus> & {
  value?: string;
  default?: string;
  customized?: boolean;
  source?: string;
};

export type SettingStatus = {
  conditions?: {
    type: string;
    status: string;
    reason?: string;
    message?: string;
    lastUpdateTime?: string;
    lastTransitionTime?: string;
  }[];
};
