import type { CodeTexts } from '../../app/issue-text';

/** A stage given in a refusal of the evaluation and consolidation forms is named in words. */
export const evaluationCodeTexts: CodeTexts = { stage: 'evaluation.stages' };
