import { settingUpdateSchema } from '@internal/plugin-harvester-common';
import { refineSchema } from '../shared/refineSchema';

/** Settings whose value (or default) is JSON must stay JSON. */
export function looksLikeJson(text: string | undefined): boolean {
  return /^\s*[[{]/.test(text ?? '');
}

/** The update of a plain setting; `json` checks that the text parses. */
export function settingValueSchema(json: boolean) {
  return refineSchema(settingUpdateSchema, ({ value }) => {
    if (!json || !value) return undefined;
    try {
      JSON.parse(value);
      return undefined;
    } catch (e) {
      return {
        path: ['value'],
        message: `Not valid JSON: ${(e as Error).message}`,
      };
    }
  });
}
