/**
 * Picks one unit out of thousands: type part of its name (diacritics optional), choose from the matches with
 * the arrow keys and Enter, or with the mouse. A combobox in the ARIA sense.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldForSearch } from '../../../shared/text/fold';
import type { PeopleIndexMeta } from '../../../shared/people-index/protocol';
import { Combobox } from './Combobox';

/** More matches than this are not listed: the user types on instead. */
const shownMatches = 50;

type UnitOption = PeopleIndexMeta['units'][number];

export interface UnitPickerProps {
  readonly units: readonly UnitOption[];
  readonly value: string | undefined;
  /** The field's label; the people filter's ("unit, with those under it") when left out. */
  readonly label?: string;
  onChange(unitId: string | undefined): void;
}

export function UnitPicker({ units, value, label, onChange }: UnitPickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);
  const chosen = units.find((unit) => unit.id === value);
  const keys = useMemo(() => units.map((unit) => foldForSearch(unit.name)), [units]);
  const search = typed === null ? '' : foldForSearch(typed);
  const matches = useMemo(() => {
    if (search === '') return [];
    const found: UnitOption[] = [];
    for (let position = 0; position < units.length && found.length < shownMatches; position += 1) if (keys[position]!.includes(search)) found.push(units[position]!);
    return found;
  }, [units, keys, search]);

  return (
    <Combobox
      label={label ?? t('people.filters.unit')}
      placeholder={t('people.filters.unitPlaceholder')}
      typed={typed}
      onTypedChange={setTyped}
      chosenText={chosen?.name}
      open={typed !== null && search !== ''}
      matches={matches}
      keyOf={(unit) => unit.id}
      renderOption={(unit) => unit.name}
      onChoose={(unit) => onChange(unit?.id)}
      clearLabel={t('people.filters.unitClear')}
      noMatch={t('people.filters.unitNoMatch')}
    />
  );
}
