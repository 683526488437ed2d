import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CatalogEntry } from '../../../shared/catalogs/catalog';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { LikelyDuplicate } from '../../../shared/people/duplicates';
import type { NewPersonInput, UnitSummary } from '../../../shared/people/person-service';
import { useRecordTexts } from '../../i18n';
import { useServices } from '../../data/services';
import { allValues } from './form-values';
import { FieldControl } from './FieldControl';
import { FormMessages } from './FormMessages';
import { PersonContextProvider } from './person-context';
import { personInputsOf, type PersonFieldName } from './person-fields';
import { UnsavedChangesGuard } from './unsaved-changes';
import { useRecordForm } from './use-record-form';
import './person.css';

/** What is asked to open a dossier: what the person record requires, and what tells people apart. */
const newPersonFields: readonly PersonFieldName[] = [
  'fullName',
  'otherNames',
  'sex',
  'birthDate',
  'birthplace',
  'hometown',
  'ethnicityCode',
  'religionCode',
  'citizenId',
  'phone',
  'memberStatus',
  'unitId',
  'isCadre',
  'admissionDate',
  'fullMembershipDate',
  'partyCardNumber',
  'dossierNumber',
];
const inputs = personInputsOf(newPersonFields);
/** Religion is never blank on the forms: "Không" (99) until said otherwise. */
const startingTexts: Readonly<Record<string, string>> = { religionCode: '99', isCadre: 'false' };
const noUnits: ReadonlyMap<string, UnitSummary> = new Map();

/** /people/new: a new dossier, checked first against the people already on record. */
export function NewPersonPage() {
  const { t } = useTranslation();
  const { person } = useServices();
  const [catalogs, setCatalogs] = useState<readonly CatalogEntry[] | null>(null);
  useEffect(() => {
    void person.catalogs().then(setCatalogs);
  }, [person]);

  return (
    <section className="page person-page" aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link to="/people">{t('nav.people')}</Link>
      </p>
      <h1 id="page-title">{t('person.new.title')}</h1>
      {catalogs ? (
        <UnsavedChangesGuard>
          <PersonContextProvider catalogs={catalogs} units={noUnits}>
            <NewPersonForm />
          </PersonContextProvider>
        </UnsavedChangesGuard>
      ) : (
        <p className="loading">{t('app.loading')}</p>
      )}
    </section>
  );
}

function NewPersonForm() {
  const { t } = useTranslation();
  const { fieldLabel } = useRecordTexts();
  const { person } = useServices();
  const navigate = useNavigate();
  const form = useRecordForm('person', startingTexts, newPersonFields);
  /** Likely duplicates found for what is typed now; null until checked (any change asks again). */
  const [duplicates, setDuplicates] = useState<readonly LikelyDuplicate[] | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);

  // Navigates once the form has reported itself clean, so leaving is not taken for losing changes.
  useEffect(() => {
    if (createdId) void navigate(`/people/${createdId}`);
  }, [createdId, navigate]);

  const input = (): NewPersonInput => Object.fromEntries(Object.entries(allValues(inputs, form.typed)).filter(([, value]) => value !== null)) as NewPersonInput;

  async function create() {
    const values = input();
    await form.submit(async () => {
      const created = await person.create(values);
      form.markSaved();
      setCreatedId(created.id);
    });
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    // Once likely duplicates are shown, only "Vẫn tạo mới" goes on.
    if (duplicates !== null && duplicates.length > 0) return;
    const values = input();
    if (duplicates === null && typeof values.fullName === 'string') {
      const query = { fullName: values.fullName, birthDate: values.birthDate, citizenId: values.citizenId };
      let found: readonly LikelyDuplicate[] = [];
      if (!(await form.submit(async () => void (found = await person.findDuplicates(query))))) return;
      setDuplicates(found);
      if (found.length > 0) return;
    }
    await create();
  }

  const change = (field: string) => (value: string) => {
    form.setField(field)(value);
    setDuplicates(null);
  };

  return (
    <form className="form person-form" ref={form.formRef} onSubmit={save} noValidate>
      <FormMessages form={form} />
      <div className="person-form-grid">
        {newPersonFields.map((field) => (
          <FieldControl
            key={field}
            id={`person-${field}`}
            label={fieldLabel('person', field)}
            input={inputs[field]!}
            value={form.typed[field] ?? ''}
            onChange={change(field)}
            error={form.errorOf(field)}
          />
        ))}
      </div>
      {duplicates && duplicates.length > 0 ? (
        <DuplicatesPanel duplicates={duplicates} saving={form.saving} onCreateAnyway={create} />
      ) : (
        <div className="actions">
          <button type="submit" className="primary" disabled={form.saving}>
            {form.saving ? t('person.saving') : t('person.new.create')}
          </button>
        </div>
      )}
    </form>
  );
}

function DuplicatesPanel({ duplicates, saving, onCreateAnyway }: { duplicates: readonly LikelyDuplicate[]; saving: boolean; onCreateAnyway: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="duplicates card" aria-live="polite" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">{t('person.duplicates.title')}</h2>
      <p>{t('person.duplicates.intro', { count: duplicates.length })}</p>
      <ul className="duplicate-list">
        {duplicates.map(({ person, reasons }) => (
          <li key={person.id}>
            <Link to={`/people/${person.id}`}>
              {person.fullName}
            </Link>
            <span>{t('person.duplicates.born', { date: formatPartialDate(person.birthDate) })}</span>
            {person.citizenId && <span>{t('person.duplicates.citizenId', { citizenId: person.citizenId })}</span>}
            <span className="duplicate-reasons">{reasons.map((reason) => t(`person.duplicates.reason.${reason}`)).join('; ')}</span>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="primary" disabled={saving} onClick={onCreateAnyway}>
          {t('person.duplicates.createAnyway')}
        </button>
      </div>
    </section>
  );
}
