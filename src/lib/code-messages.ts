/**
 * What to tell a reader about a refused result code: the UI string key and its values.
 * Shared by the assessment pages and the team page, so both explain errors the same way.
 */
import type { KeysUnder } from './i18n';
import type { CodeError } from './result-code';

export interface Message {
  /** Key of the UI string (`diagnostic.code.error.checksum`). */
  key: KeysUnder<'diagnostic.code.error'>;
  values: Record<string, string | number>;
}

/** Returns the message describing `error`; `nameOf` gives an instrument's short name from its id. */
export function codeErrorMessage(error: CodeError, nameOf: (id: string) => string): Message {
  switch (error.kind) {
    case 'malformed':
      return { key: `diagnostic.code.error.malformed-${error.reason}`, values: {} };
    case 'unknown-version':
      return { key: 'diagnostic.code.error.unknown-version', values: { name: nameOf(error.instrument), version: error.version } };
    case 'other-instrument':
      return { key: 'diagnostic.code.error.other-instrument', values: { name: nameOf(error.instrument) } };
    default:
      return { key: `diagnostic.code.error.${error.kind}`, values: {} };
  }
}
