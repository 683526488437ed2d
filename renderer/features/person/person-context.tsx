/** What every part of the person page needs to name things: the catalogs in force, the units, today. */
import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findEntry, type CatalogEntry, type CatalogName } from '../../../shared/catalogs/catalog';
import { formatPartialDate, type IsoDate } from '../../../shared/dates/partial-date';
import { localDay, type UnitSummary } from '../../../shared/people/person-service';
import { useServices } from '../../data/services';
import type { UnitChoice } from '../../data/person-services';
import type { FieldInput } from './form-values';

interface PersonContextValue {
  readonly catalogs: readonly CatalogEntry[];
  readonly units: ReadonlyMap<string, UnitSummary>;
  /** The units a person or a row may be put under; loaded once, when a unit picker first needs them. */
  readonly unitChoices: () => Promise<readonly UnitChoice[]>;
  /** Pickers offer the catalog entries in force today. */
  readonly today: IsoDate;
}

const PersonContext = createContext<PersonContextValue | null>(null);

export function PersonContextProvider({ catalogs, units, children }: { catalogs: readonly CatalogEntry[]; units: ReadonlyMap<string, UnitSummary>; children: ReactNode }) {
  const { person } = useServices();
  const choices = useRef<Promise<readonly UnitChoice[]> | null>(null);
  const unitChoices = useCallback(() => (choices.current ??= person.unitChoices()), [person]);
  const value = useMemo(() => ({ catalogs, units, unitChoices, today: localDay(new Date()) }), [catalogs, units, unitChoices]);
  return <PersonContext.Provider value={value}>{children}</PersonContext.Provider>;
}

export function usePersonContext(): PersonContextValue {
  const value = useContext(PersonContext);
  if (!value) throw new Error('usePersonContext outside PersonContextProvider');
  return value;
}

export function catalogName(catalogs: readonly CatalogEntry[], catalog: CatalogName, code: string): string {
  return findEntry(catalogs, catalog, code)?.name ?? code;
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A stored value as the page shows it: names for codes, dd/mm/yyyy for dates, '' for nothing. */
export function useDisplay() {
  const { t } = useTranslation();
  const { catalogs, units } = usePersonContext();
  return useCallback(
    (input: FieldInput, value: unknown): string => {
      if (value === undefined || value === null || value === '') return '';
      switch (input.kind) {
        case 'catalog':
          return catalogName(catalogs, input.catalog, String(value));
        case 'choice':
          return t(`${input.labels}.${String(value)}`);
        case 'boolean':
          return t(value === true ? 'person.yes' : 'person.no');
        case 'unit':
          return units.get(String(value))?.name ?? String(value);
        case 'number':
          return typeof value === 'number' ? numberFormat.format(value) : String(value);
        case 'partialDate':
        case 'date':
          return formatPartialDate(String(value));
        default:
          return String(value);
      }
    },
    [t, catalogs, units],
  );
}
