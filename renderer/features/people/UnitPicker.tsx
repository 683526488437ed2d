/**
 * Picks one unit out of thousands: type part of its name (diacritics optional), choose from the matches with
 * the arrow keys and Enter, or with the mouse. A combobox in the ARIA sense.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { foldForSearch } from '../../../shared/text/fold';
import type { PeopleIndexMeta } from '../../../shared/people-index/protocol';

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
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const chosen = units.find((unit) => unit.id === value);
  const keys = useMemo(() => units.map((unit) => foldForSearch(unit.name)), [units]);
  const search = typed === null ? '' : foldForSearch(typed);
  const matches = useMemo(() => {
    if (search === '') return [];
    const found: UnitOption[] = [];
    for (let position = 0; position < units.length && found.length < shownMatches; position += 1) if (keys[position]!.includes(search)) found.push(units[position]!);
    return found;
  }, [units, keys, search]);
  const open = typed !== null && search !== '';

  const choose = (unitId: string | undefined) => {
    onChange(unitId);
    setTyped(null);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.max(0, Math.min(matches.length - 1, current + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const match = matches[active];
      if (match) choose(match.id);
    } else if (event.key === 'Escape') {
      setTyped(null);
    }
  };

  return (
    <div className="field unit-picker">
      <label htmlFor={`${id}-input`}>{label ?? t('people.filters.unit')}</label>
      <div className="unit-picker-input">
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && matches[active] ? `${id}-option-${active}` : undefined}
          placeholder={t('people.filters.unitPlaceholder')}
          value={typed ?? chosen?.name ?? ''}
          onChange={(event) => {
            setTyped(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTyped(null)}
        />
        {chosen && (
          <button type="button" className="unit-picker-clear" aria-label={t('people.filters.unitClear')} title={t('people.filters.unitClear')} onClick={() => choose(undefined)}>
            ×
          </button>
        )}
      </div>
      {open && (
        <ul className="unit-picker-list" id={`${id}-list`} role="listbox" aria-label={label ?? t('people.filters.unit')}>
          {matches.length === 0 && <li className="unit-picker-none">{t('people.filters.unitNoMatch')}</li>}
          {matches.map((unit, position) => (
            <li
              key={unit.id}
              id={`${id}-option-${position}`}
              role="option"
              aria-selected={position === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(unit.id);
              }}
            >
              {unit.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
