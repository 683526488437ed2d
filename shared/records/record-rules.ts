import { defaultIdentifierRules, type IdentifierRules } from '../identifiers/identifier-rules';

/** Rules an installation may configure (kept as data), applied by the write path on top of the schemas. */
export interface RecordRules {
  readonly identifiers: IdentifierRules;
}

export const defaultRecordRules: RecordRules = { identifiers: defaultIdentifierRules };
