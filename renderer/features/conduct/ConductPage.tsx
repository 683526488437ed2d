/**
 * "Kỷ luật, khen thưởng, kiểm tra": one screen with a tab per area (commendations, discipline, leaving the party,
 * inspections), each with its decision form and the year's decisions. An inspection's conclusion opens the
 * discipline form for its subject.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../../shared/catalogs/catalog';
import type { ConductYear } from '../../../shared/conduct/conduct-service';
import type { Inspection } from '../../../shared/events/inspection';
import { describeUnknownError } from '../../../shared/result';
import { toFieldIssues } from '../../../shared/validation/issues';
import { localDay } from '../../data/organization-services';
import { useServices } from '../../data/services';
import { TextField } from '../organizations/form-controls';
import type { PickerOption } from '../person/SearchPicker';
import { errorsByField, wholeNumberText } from '../planning/form-text';
import { StatusMessage, type StatusText } from '../workflows/StatusMessage';
import { CommendationTab } from './CommendationTab';
import { DisciplineTab } from './DisciplineTab';
import { ExitTab } from './ExitTab';
import { InspectionTab } from './InspectionTab';
import '../planning/planning.css';
import '../person/person.css';
import './conduct.css';

const conductTabs = ['commendations', 'discipline', 'exits', 'inspections'] as const;
type ConductTab = (typeof conductTabs)[number];

/** What every tab reads: the catalogs, the units to choose from, the year shown and its decisions. */
export interface ConductTabProps {
  readonly catalogs: readonly CatalogEntry[];
  readonly units: readonly PickerOption[];
  readonly year: number;
  readonly data: ConductYear | null;
  reload(): Promise<void>;
}

export function ConductPage() {
  const { t } = useTranslation();
  const { conduct, person: personServices } = useServices();
  const thisYear = Number(localDay().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [yearInput, setYearInput] = useState(String(thisYear));
  const [yearError, setYearError] = useState<string | undefined>(undefined);
  const [tab, setTab] = useState<ConductTab>('commendations');
  const [catalogs, setCatalogs] = useState<readonly CatalogEntry[]>([]);
  const [units, setUnits] = useState<readonly PickerOption[]>([]);
  const [data, setData] = useState<ConductYear | null>(null);
  const [failure, setFailure] = useState<StatusText | null>(null);
  /** The concluded inspection whose discipline is being recorded, from the inspections tab. */
  const [fromInspection, setFromInspection] = useState<Inspection | undefined>(undefined);
  const tabButtons = useRef(new Map<ConductTab, HTMLButtonElement>());

  const failed = useCallback((cause: unknown) => setFailure({ kind: 'error', text: t('conduct.failed', { detail: describeUnknownError(cause) }) }), [t]);
  const reload = useCallback(async () => setData(await conduct.year(year)), [conduct, year]);

  useEffect(() => {
    Promise.all([conduct.catalogs(), personServices.unitChoices()]).then(([entries, choices]) => {
      setCatalogs(entries);
      setUnits(choices.map((unit) => ({ value: unit.id, label: unit.name, detail: unit.code })));
    }, failed);
  }, [conduct, personServices, failed]);
  useEffect(() => {
    setData(null);
    reload().catch(failed);
  }, [reload, failed]);

  function showYear(event: FormEvent) {
    event.preventDefault();
    const parsed = wholeNumberText(1930, 2200).safeParse(yearInput);
    if (!parsed.success) return setYearError(errorsByField(toFieldIssues(parsed.error), t, () => t('conduct.year'))['']);
    setYearError(undefined);
    setYear(parsed.data);
  }

  function select(next: ConductTab) {
    setTab(next);
    tabButtons.current.get(next)?.focus();
  }
  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    select(conductTabs[(conductTabs.indexOf(tab) + step + conductTabs.length) % conductTabs.length]!);
  }

  function disciplineFor(inspection: Inspection) {
    setFromInspection(inspection);
    setTab('discipline');
  }

  const shared = useMemo<ConductTabProps>(() => ({ catalogs, units, year, data, reload }), [catalogs, units, year, data, reload]);

  return (
    <section className="page planning-page conduct-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('workflows.conduct.title')}</h1>
      <p className="muted">{t('conduct.intro')}</p>
      <StatusMessage message={failure} />
      <form className="inline-form conduct-year" onSubmit={showYear} noValidate>
        <TextField name="year" label={t('conduct.year')} value={yearInput} onChange={setYearInput} errorFor={() => yearError} />
        <button type="submit">{t('conduct.show')}</button>
      </form>

      <div className="person-tabs" role="tablist" aria-label={t('conduct.tabsLabel')}>
        {conductTabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`conduct-tab-${name}`}
            aria-selected={name === tab}
            aria-controls="conduct-tabpanel"
            tabIndex={name === tab ? 0 : -1}
            ref={(element) => {
              if (element) tabButtons.current.set(name, element);
            }}
            onClick={() => select(name)}
            onKeyDown={onTabKey}
          >
            {t(`conduct.tabs.${name}`)}
            {data && <span className="tab-count">{countOf(data, name)}</span>}
          </button>
        ))}
      </div>
      <div className="person-tabpanel" role="tabpanel" id="conduct-tabpanel" aria-labelledby={`conduct-tab-${tab}`}>
        {tab === 'commendations' && <CommendationTab {...shared} />}
        {tab === 'discipline' && <DisciplineTab key={fromInspection?.id ?? ''} {...shared} fromInspection={fromInspection} />}
        {tab === 'exits' && <ExitTab {...shared} />}
        {tab === 'inspections' && <InspectionTab {...shared} onDiscipline={disciplineFor} />}
      </div>
    </section>
  );
}

function countOf(data: ConductYear, tab: ConductTab): number {
  return { commendations: data.commendations, discipline: data.disciplines, exits: data.exits, inspections: data.inspections }[tab].length;
}
