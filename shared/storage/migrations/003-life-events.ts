import type { Migration } from './migration';

/**
 * Version 3: the administrative hierarchy, residential areas, enterprises and restructurings; the dated tables of
 * people; and the life events (evaluation, consolidation, planning, movements, training, standards, admission,
 * transfers, exits, discipline, commendations, inspections). Index lists are written out literally, as each record
 * type declares them (`id` first); the migration test holds the two together.
 */
export const lifeEventsMigration: Migration = {
  version: 3,
  stores: {
    adminUnits: 'id, code, _parentId, _nameKey, _level',
    residentialAreas: 'id, _adminUnitId, _nameKey, _cellStatus, [_adminUnitId+_cellStatus], _cellUnitId',
    enterprises: 'id, _nameKey, taxCode, adminUnitId, partyUnitId, _hasPartyUnit',
    restructurings: 'id, effectiveDate, kind, *_unitIds, *_personIds',
    personHistories: 'id, personId, [personId+kind], kind, unitId, movementId',
    evaluations: 'id, personId, unitId, [_subjectId+_year], [subject+_year], [_year+ratingCode], stage',
    consolidations: 'id, unitId, enteredOn, targetYear, _open',
    planningCycles: 'id, partyTermFrom, stateTermFrom',
    plannedPositions: 'id, cycleId, unitId, [cycleId+unitId], postCode',
    planningCandidates: 'id, positionId, personId, [positionId+_active], [personId+_active]',
    movements: 'id, personId, effectiveDate, movementTypeCode, fromUnitId, toUnitId, termEndDate',
    trainingPlans: 'id, unitId, year, [unitId+year]',
    trainingCourses: 'id, planId, subject, from',
    trainingEnrolments: 'id, courseId, personId, [courseId+status], status',
    postStandards: 'id, postCode, validFrom',
    admissionCases:
      'id, personId, unitId, stage, [unitId+stage], enterpriseId, residentialAreaId, _admittedOn, awarenessCertificateExpiresOn, probationEndsOn, _open',
    membershipTransfers: 'id, personId, letterNumber, status, issuedOn, [fromUnitId+issuedOn], [toUnitId+issuedOn], _inTransit',
    partyExits: 'id, personId, date, [type+date]',
    disciplines: 'id, personId, unitId, _date, [system+_date], expiresOn, inspectionId',
    commendations: 'id, *_personIds, *_unitIds, _date, formCode, issuingLevel',
    inspections: 'id, personId, unitId, planYear, [kind+planYear], *resultingDisciplineIds',
  },
};
