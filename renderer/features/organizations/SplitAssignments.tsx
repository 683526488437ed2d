import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { UnitContents } from '../../../shared/organization/unit-profile';
import type { ErrorFor } from './form-controls';
import type { UnitDraft } from './restructure-form';

interface Row {
  readonly key: string;
  readonly id: string;
  readonly group: 'members' | 'subUnits';
  readonly label: string;
  readonly detail: string;
}

interface SplitAssignmentsProps {
  readonly contents: UnitContents;
  readonly targets: readonly UnitDraft[];
  readonly memberTargets: Readonly<Record<string, number>>;
  readonly subUnitTargets: Readonly<Record<string, number>>;
  readonly onChange: (members: Record<string, number>, subUnits: Record<string, number>) => void;
  readonly errorFor: ErrorFor;
}

/** Where each person and each sub-unit of a split unit goes: a target per row, and helpers to assign many rows at once. */
export function SplitAssignments({ contents, targets, memberTargets, subUnitTargets, onChange, errorFor }: SplitAssignmentsProps) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [bulkTarget, setBulkTarget] = useState('0');
  const rows: Row[] = [
    ...contents.members.map((person) => ({
      key: `m:${person.id}`,
      id: person.id,
      group: 'members' as const,
      label: person.fullName,
      detail: `${formatPartialDate(person.birthDate)} · ${t(`organizations.memberStatus.${person.memberStatus}`)}`,
    })),
    ...contents.subUnits.map((unit) => ({ key: `u:${unit.id}`, id: unit.id, group: 'subUnits' as const, label: unit.name, detail: unit.code })),
  ];
  const targetOf = (row: Row) => (row.group === 'members' ? memberTargets : subUnitTargets)[row.id];
  const targetLabel = (index: number) => t('organizations.split.targetOption', { number: index + 1, name: targets[index]?.name.trim() || t('organizations.split.unnamed') });

  const assign = (chosen: readonly Row[], pick: (row: Row, position: number) => number | undefined) => {
    const members = { ...memberTargets };
    const subUnits = { ...subUnitTargets };
    chosen.forEach((row, position) => {
      const target = pick(row, position);
      const map = row.group === 'members' ? members : subUnits;
      if (target === undefined) delete map[row.id];
      else map[row.id] = target;
    });
    onChange(members, subUnits);
  };
  const toggle = (key: string) =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  if (rows.length === 0) return <p className="org-muted">{t('organizations.split.nothingToPlace')}</p>;
  const allChecked = checked.size === rows.length;
  const unassigned = rows.filter((row) => targetOf(row) === undefined).length;
  return (
    <div className="split-assignments">
      <div className="inline-form split-bulk">
        <label htmlFor="split-bulk-target">{t('organizations.split.bulkLabel')}</label>
        <select id="split-bulk-target" value={bulkTarget} onChange={(event) => setBulkTarget(event.target.value)}>
          {targets.map((_, index) => (
            <option key={index} value={index}>
              {targetLabel(index)}
            </option>
          ))}
        </select>
        <button type="button" disabled={checked.size === 0} onClick={() => assign(rows.filter((row) => checked.has(row.key)), () => Number(bulkTarget))}>
          {t('organizations.split.assignChecked', { count: checked.size })}
        </button>
        <button type="button" onClick={() => assign(rows, (_, position) => position % targets.length)}>
          {t('organizations.split.roundRobin')}
        </button>
      </div>
      <p className="org-muted" role="status">
        {t('organizations.split.unassigned', { count: unassigned })}
      </p>
      {(['members', 'subUnits'] as const).map((group) => {
        const groupRows = rows.filter((row) => row.group === group);
        const error = errorFor(group);
        if (groupRows.length === 0) return null;
        return (
          <div key={group} className="split-group">
            <table className="org-table">
              <caption>{t(`organizations.split.${group}Caption`, { count: groupRows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label={t('organizations.split.checkAll')}
                      checked={allChecked}
                      onChange={() => setChecked(allChecked ? new Set() : new Set(rows.map((row) => row.key)))}
                    />
                  </th>
                  <th scope="col">{t(`organizations.split.${group}Name`)}</th>
                  <th scope="col">{t(`organizations.split.${group}Detail`)}</th>
                  <th scope="col">{t('organizations.split.goesTo')}</th>
                </tr>
              </thead>
              <tbody>
                {groupRows.map((row) => (
                  <tr key={row.key}>
                    <td>
                      <input type="checkbox" aria-label={t('organizations.split.checkRow', { name: row.label })} checked={checked.has(row.key)} onChange={() => toggle(row.key)} />
                    </td>
                    <td>{row.label}</td>
                    <td>{row.detail}</td>
                    <td>
                      <select
                        aria-label={t('organizations.split.goesToRow', { name: row.label })}
                        value={targetOf(row) ?? ''}
                        aria-invalid={error !== undefined && targetOf(row) === undefined ? true : undefined}
                        onChange={(event) => assign([row], () => (event.target.value === '' ? undefined : Number(event.target.value)))}
                      >
                        <option value="">{t('organizations.split.choose')}</option>
                        {targets.map((_, index) => (
                          <option key={index} value={index}>
                            {targetLabel(index)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {error && <p className="field-error">{error}</p>}
          </div>
        );
      })}
    </div>
  );
}
