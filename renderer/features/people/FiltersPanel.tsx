/** The filters of the people table; each applies as soon as it is chosen. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ageBands } from '../../../shared/people/membership';
import { sexes } from '../../../shared/people/person';
import { memberStatusFilters, peopleFilters, type CatalogFilter, type PeopleFilters } from '../../../shared/people-index/query';
import type { PeopleIndexMeta } from '../../../shared/people-index/protocol';
import { UnitPicker } from './UnitPicker';

export interface FiltersPanelProps {
  readonly id: string;
  readonly meta: PeopleIndexMeta;
  readonly filters: PeopleFilters;
  onChange(filters: PeopleFilters): void;
}

/** A filter set to a value, or removed when the value is undefined. */
function withFilter<K extends keyof PeopleFilters>(filters: PeopleFilters, key: K, value: PeopleFilters[K] | undefined): PeopleFilters {
  const { [key]: _removed, ...rest } = filters;
  return value === undefined ? rest : { ...rest, [key]: value };
}

// Option values: '' is "all"; a chosen value is prefixed, so that "not recorded" (the empty code) has one too.
const encode = (value: string) => `=${value}`;
const decode = (value: string) => (value === '' ? undefined : value.slice(1));

function Choice({ label, value, options, onChange }: { label: string; value: string | undefined; options: readonly { value: string; label: string }[]; onChange(value: string | undefined): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value === undefined ? '' : encode(value)} onChange={(event) => onChange(decode(event.target.value))}>
        <option value="">{t('people.filters.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={encode(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FiltersPanel({ id, meta, filters, onChange }: FiltersPanelProps) {
  const { t } = useTranslation();
  const termId = useId();
  const [termDays, setTermDays] = useState(filters.termEndsWithinDays === undefined ? '' : String(filters.termEndsWithinDays));
  const [termInvalid, setTermInvalid] = useState(false);
  const set = <K extends keyof PeopleFilters>(key: K, value: PeopleFilters[K] | undefined) => onChange(withFilter(filters, key, value));
  const catalogChoice = (filter: CatalogFilter) => (
    <Choice
      label={t(`people.filters.${filter}`)}
      value={filters[filter]}
      options={[...meta.options[filter].map((option) => ({ value: option.code, label: option.name })), { value: '', label: t('people.filters.notRecorded') }]}
      onChange={(value) => set(filter, value)}
    />
  );

  // A number that does not parse leaves the filter as it was: bad input changes nothing.
  const changeTermDays = (text: string) => {
    setTermDays(text);
    if (text.trim() === '') {
      setTermInvalid(false);
      return set('termEndsWithinDays', undefined);
    }
    const parsed = peopleFilters.shape.termEndsWithinDays.safeParse(Number(text));
    setTermInvalid(!parsed.success);
    if (parsed.success) set('termEndsWithinDays', parsed.data);
  };

  return (
    <section className="people-filters" id={id} aria-label={t('people.filters.title')}>
      <div className="people-filters-grid">
        <UnitPicker units={meta.units} value={filters.unitId} onChange={(unitId) => set('unitId', unitId)} />
        <Choice label={t('people.filters.memberStatus')} value={filters.memberStatus} options={memberStatusFilters.map((status) => ({ value: status, label: t(`people.memberStatus.${status}`) }))} onChange={(value) => set('memberStatus', memberStatusFilters.find((status) => status === value))} />
        <Choice label={t('people.filters.sex')} value={filters.sex} options={sexes.map((sex) => ({ value: sex, label: t(`people.sex.${sex}`) }))} onChange={(value) => set('sex', sexes.find((sex) => sex === value))} />
        <Choice label={t('people.filters.ageBand')} value={filters.ageBand} options={ageBands.map((band) => ({ value: band, label: t(`people.ageBand.${band}`) }))} onChange={(value) => set('ageBand', ageBands.find((band) => band === value))} />
        {catalogChoice('ethnicity')}
        {catalogChoice('religion')}
        {catalogChoice('generalEducation')}
        {catalogChoice('politicalTheory')}
        {catalogChoice('stateManagement')}
        <div className="field">
          <label htmlFor={termId}>{t('people.filters.termEndsWithinDays')}</label>
          <input
            id={termId}
            inputMode="numeric"
            value={termDays}
            aria-invalid={termInvalid}
            aria-describedby={`${termId}-hint`}
            onChange={(event) => changeTermDays(event.target.value)}
          />
          {termInvalid ? (
            <p className="field-error" id={`${termId}-hint`}>
              {t('people.filters.termEndsInvalid')}
            </p>
          ) : (
            <p className="field-hint" id={`${termId}-hint`}>
              {t('people.filters.termEndsHint')}
            </p>
          )}
        </div>
        <label className="people-check">
          <input type="checkbox" checked={filters.inPlanning === true} onChange={(event) => set('inPlanning', event.target.checked ? true : undefined)} />
          {t('people.filters.inPlanning')}
        </label>
      </div>
    </section>
  );
}
