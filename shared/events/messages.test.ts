import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lifeEventMessagesEn, lifeEventMessagesVi } from './messages';

/** The files whose message keys `messages.ts` collects. */
const sources = [
  'shared/events/event-fields.ts',
  'shared/events/evaluation.ts',
  'shared/events/consolidation.ts',
  'shared/events/planning.ts',
  'shared/events/movement.ts',
  'shared/events/training.ts',
  'shared/events/standards.ts',
  'shared/events/admission.ts',
  'shared/events/transfer.ts',
  'shared/events/exit.ts',
  'shared/events/discipline.ts',
  'shared/events/commendation.ts',
  'shared/events/inspection.ts',
  'shared/organization/admin-unit.ts',
  'shared/organization/residential-area.ts',
  'shared/organization/enterprise.ts',
  'shared/organization/restructuring.ts',
  'shared/people/person-history.ts',
];
/** Keys shared with the rest of the app, translated with it. */
const sharedKeys = [
  'validation.required',
  'validation.tooLong',
  'validation.chooseOne',
  'validation.partialDate',
  'validation.date',
  'validation.number',
  'validation.tooSmall',
  'validation.tooLarge',
  'validation.endBeforeStart',
  'validation.periodsOverlap',
];
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('life-event messages', () => {
  it('have the same keys and placeholders in Vietnamese and English, each naming the field', () => {
    expect(Object.keys(lifeEventMessagesEn).sort()).toEqual(Object.keys(lifeEventMessagesVi).sort());
    for (const [key, vi] of Object.entries(lifeEventMessagesVi)) {
      const en = lifeEventMessagesEn[key as keyof typeof lifeEventMessagesEn];
      expect(placeholders(vi), key).toContain('field');
      expect(placeholders(en), key).toEqual(placeholders(vi));
    }
  });

  it('cover exactly the new keys the record schemas use', () => {
    const used = new Set(sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(validation\.[\w.]+)'/g)].map((match) => match[1]!)));
    const introduced = [...used].filter((key) => !sharedKeys.includes(key)).sort();
    expect(introduced).toEqual(Object.keys(lifeEventMessagesVi).sort());
  });
});
