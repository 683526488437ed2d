import { describe, expect, it } from 'vitest';
import { admissionStages } from '../../../shared/events/admission';
import { disciplineSystems } from '../../../shared/events/discipline';
import { evaluationStages } from '../../../shared/events/evaluation';
import { levels } from '../../../shared/events/event-fields';
import { inspectionKinds } from '../../../shared/events/inspection';
import { enrolmentStatuses } from '../../../shared/events/training';
import { transferKinds, transferStatuses } from '../../../shared/events/transfer';
import { languages, lookup } from '../../../shared/i18n/translate';
import { memberStatuses, personSchema, sexes } from '../../../shared/people/person';
import { familySides, personHistoryKindFields, personHistoryKinds, trainingModes } from '../../../shared/people/person-history';
import { restrictedFields } from '../../../shared/people/person-service';
import { printForms } from '../print/form-templates';
import { historyColumns, historyTabs, personFieldGroups, personInputs, personTabs } from './person-fields';

describe('the person page', () => {
  it('shows every field of the person record in exactly one tab (restricted ones behind their gate)', () => {
    const shown = [...Object.values(personFieldGroups).flatMap((group) => [...group.readOnly, ...group.editable]), ...restrictedFields];
    const fields = Object.keys(personSchema.shape).filter((field) => field !== 'unitHistory' && field !== 'photoId');
    expect([...shown].sort()).toEqual([...fields].sort());
    expect(Object.keys(personInputs).sort()).toEqual([...fields].sort());
  });

  it('gives each dated table every field its kind allows, except the movement that wrote a work row', () => {
    for (const kind of personHistoryKinds) {
      const { required, optional } = personHistoryKindFields[kind];
      const allowed = [...required, ...optional].filter((field) => field !== 'movementId');
      expect([...historyColumns[kind]].sort(), kind).toEqual([...allowed].sort());
    }
  });

  it('shows each kind of dated table in one tab', () => {
    expect(Object.values(historyTabs).flat().sort()).toEqual([...personHistoryKinds].sort());
  });
});

describe('the words of the person page', () => {
  it('label every value of every fixed list it shows, in both languages', () => {
    const lists: [string, readonly string[]][] = [
      ['person.sex', sexes],
      ['person.memberStatus', memberStatuses],
      ['person.trainingMode', trainingModes],
      ['person.familySide', familySides],
      ['person.admissionStage', admissionStages],
      ['person.transferKind', transferKinds],
      ['person.transferStatus', transferStatuses],
      ['person.enrolmentStatus', enrolmentStatuses],
      ['person.level', levels],
      ['person.disciplineSystem', disciplineSystems],
      ['person.inspectionKind', inspectionKinds],
      ['person.evaluationStage', evaluationStages],
      ['person.tabs', personTabs],
      ['person.historyKind', personHistoryKinds],
      ['person.print', printForms.map((form) => form.slug)],
    ];
    const missing = languages.flatMap((language) => lists.flatMap(([prefix, values]) => values.map((value) => `${prefix}.${value}`).filter((key) => !lookup(language, key)).map((key) => `${language} ${key}`)));
    expect(missing).toEqual([]);
  });
});
