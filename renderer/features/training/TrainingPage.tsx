/**
 * "Đào tạo, bồi dưỡng và chuẩn hóa cán bộ": the gap list of a unit (who falls short of the standard of the post held,
 * on which qualification, and the course of the year's plans that closes it, with an enrol button), the year's plans
 * with their courses and quotas, and the people of a course, whose completion raises their qualification.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activeEntries, findEntry, type CatalogEntry, type CatalogName } from '../../../shared/catalogs/catalog';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { PostStandard } from '../../../shared/events/standards';
import { trainingSubjects, type TrainingCourse } from '../../../shared/events/training';
import { failureDetail } from '../../app/failure-detail';
import { issueText } from '../../app/issue-text';
import type { EnrolmentRow, GapRow, GapShortfall, PlanSummary } from '../../../shared/training/training-service';
import { subjectOfRequirement } from '../../../shared/training/training-service';
import { toFieldIssues, ValidationFailed } from '../../../shared/validation/issues';
import { localDay } from '../../data/organization-services';
import type { UnitChoice } from '../../data/person-services';
import { useServices } from '../../data/services';
import { TextField, UnitPickerField } from '../organizations/form-controls';
import { errorsByField, dayText, wholeNumberText } from '../planning/form-text';
import { entryOptions, SelectField } from '../planning/SelectField';
import { useDecisionForm } from '../planning/use-decision-form';
import { WorkTable } from '../planning/WorkTable';
import { StatusMessage, type StatusText } from '../workflows/StatusMessage';
import { completionFromForm, courseFromForm, emptyCourse, levelCatalogOf, planFromForm, sameField, type CompletionFormValues, type CourseFormValues, type PlanFormValues } from './training-form';
import '../planning/planning.css';
import './training.css';

/** Rows of the gap list shown at first, and added by each "more". */
const gapPage = 50;

export function TrainingPage() {
  const { t } = useTranslation();
  const { training, person: personServices } = useServices();
  const today = localDay();
  const [catalogs, setCatalogs] = useState<readonly CatalogEntry[]>([]);
  const [units, setUnits] = useState<readonly UnitChoice[]>([]);
  const [message, setMessage] = useState<StatusText | null>(null);
  const failed = useCallback((cause: unknown) => setMessage({ kind: 'error', text: t('training.failed', { detail: failureDetail(cause, t) }) }), [t]);

  // What the lists show: the gap list's unit and day, the plans' year, the course whose people are listed.
  const [shown, setShown] = useState({ unitId: '', day: today, year: Number(today.slice(0, 4)) });
  const [filter, setFilter] = useState({ unitId: '', day: formatPartialDate(today), year: today.slice(0, 4) });
  const [filterErrors, setFilterErrors] = useState<Record<string, string>>({});
  const [gaps, setGaps] = useState<readonly GapRow[] | null>(null);
  const [standards, setStandards] = useState<readonly PostStandard[] | null>(null);
  const [shownGaps, setShownGaps] = useState(gapPage);
  const [plans, setPlans] = useState<readonly PlanSummary[] | null>(null);
  const [courseId, setCourseId] = useState<string | undefined>(undefined);
  const [enrolments, setEnrolments] = useState<readonly EnrolmentRow[] | null>(null);

  const reload = useCallback(async () => {
    const [gapRows, planRows, inForce] = await Promise.all([training.gaps(shown.day, shown.year, shown.unitId || undefined), training.plans(shown.year), training.standards(shown.day)]);
    setGaps(gapRows);
    setStandards(inForce);
    setPlans(planRows);
  }, [training, shown]);
  const reloadCourse = useCallback(async () => setEnrolments(courseId ? await training.enrolments(courseId) : null), [training, courseId]);

  useEffect(() => {
    Promise.all([training.catalogs(), personServices.unitChoices()]).then(([entries, choices]) => {
      setCatalogs(entries);
      setUnits(choices);
    }, failed);
  }, [training, personServices, failed]);
  useEffect(() => void reload().catch(failed), [reload, failed]);
  useEffect(() => void reloadCourse().catch(failed), [reloadCourse, failed]);

  const unitOptions = useMemo(() => units.map((unit) => ({ value: unit.id, label: unit.name, detail: unit.code })), [units]);
  const codeName = (catalog: CatalogName | undefined, code: string | undefined) => (code === undefined ? t('training.none') : ((catalog && findEntry(catalogs, catalog, code)?.name) ?? code));
  const postName = (code: string) => findEntry(catalogs, 'partyPost', code)?.name ?? findEntry(catalogs, 'governmentPost', code)?.name ?? code;
  const courses = useMemo(() => (plans ?? []).flatMap((plan) => plan.courses.map((summary) => summary.course)), [plans]);
  const course = courses.find((candidate) => candidate.id === courseId);

  function show(event: FormEvent) {
    event.preventDefault();
    const parsed = { day: dayText.safeParse(filter.day), year: wholeNumberText(1945, 2100).safeParse(filter.year) };
    const errors: Record<string, string> = {};
    if (!parsed.day.success) errors.gapDay = errorsByField(toFieldIssues(parsed.day.error), t, () => t('training.gaps.day'))['']!;
    if (!parsed.year.success) errors.planYear = errorsByField(toFieldIssues(parsed.year.error), t, () => t('training.plans.year'))['']!;
    setFilterErrors(errors);
    if (!parsed.day.success || !parsed.year.success) return;
    setShown({ unitId: filter.unitId, day: parsed.day.data, year: parsed.year.data });
    setShownGaps(gapPage);
  }

  /** Enrols one person of the gap list in the course that closes their gap. */
  async function enrol(row: GapRow, target: TrainingCourse) {
    setMessage(null);
    try {
      await training.enrol({ courseId: target.id, personIds: [row.personId], on: today });
      setMessage({ kind: 'notice', text: t('training.gaps.enrolled', { name: row.fullName, course: target.name }) });
      await Promise.all([reload(), reloadCourse()]);
    } catch (cause) {
      if (cause instanceof ValidationFailed) setMessage({ kind: 'error', text: cause.issues.map((issue) => issueText(t, issue, () => t('training.fields.personIds'))).join(' ') });
      else failed(cause);
    }
  }

  const shortfallText = (shortfall: GapShortfall) =>
    t('training.gaps.shortfall', { requirement: t(`training.requirements.${shortfall.requirement}`), required: codeName(shortfall.requirement, shortfall.required), held: codeName(shortfall.requirement, shortfall.held) });

  return (
    <section className="page planning-page training-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('workflows.training.title')}</h1>
      <StatusMessage message={message} />

      <form className="inline-form planning-choice" onSubmit={show} noValidate aria-label={t('training.filter')}>
        <UnitPickerField name="gapUnit" label={t('training.gaps.unit')} value={filter.unitId} options={unitOptions} onChange={(unitId) => setFilter((before) => ({ ...before, unitId }))} errorFor={() => undefined} />
        <TextField name="gapDay" label={t('training.gaps.day')} value={filter.day} onChange={(day) => setFilter((before) => ({ ...before, day }))} errorFor={(key) => filterErrors[key]} placeholder={t('planning.datePlaceholder')} />
        <TextField name="planYear" label={t('training.plans.year')} value={filter.year} onChange={(year) => setFilter((before) => ({ ...before, year }))} errorFor={(key) => filterErrors[key]} />
        <div className="actions">
          <button type="submit">{t('training.show')}</button>
        </div>
      </form>

      <section aria-labelledby="gaps-title">
        <h2 id="gaps-title">{t('training.gaps.title')}</h2>
        <p className="muted">{t('training.gaps.intro', { date: formatPartialDate(shown.day), year: shown.year })}</p>
        {gaps === null ? (
          <p className="loading">{t('training.loading')}</p>
        ) : gaps.length === 0 ? (
          <p className="empty-state">{t('training.gaps.none')}</p>
        ) : (
          <>
            <p>{t('training.gaps.count', { count: gaps.length })}</p>
            <WorkTable columns={[t('training.columns.name'), t('training.columns.post'), t('training.columns.missing'), t('training.columns.course')]}>
              {gaps.slice(0, shownGaps).map((row) => (
                <tr key={`${row.personId}-${row.post.postCode}-${row.post.unitId ?? ''}`}>
                  <th scope="row">
                    <Link to={`/people/${row.personId}`}>{row.fullName}</Link>
                  </th>
                  <td>{[postName(row.post.postCode), row.unitName].filter(Boolean).join(', ')}</td>
                  <td>
                    <ul className="training-shortfalls">
                      {row.shortfalls.map((shortfall) => (
                        <li key={shortfall.requirement}>{shortfallText(shortfall)}</li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <ul className="training-shortfalls">
                      {row.shortfalls.map((shortfall) => (
                        <li key={shortfall.requirement}>
                          {shortfall.enrolment ? (
                            t('training.gaps.inCourse', { course: shortfall.enrolment.courseName, status: t(`training.status.${shortfall.enrolment.status}`) })
                          ) : shortfall.course ? (
                            <button type="button" onClick={() => void enrol(row, shortfall.course!)} aria-label={t('training.gaps.enrolNamed', { name: row.fullName, course: shortfall.course.name })}>
                              {t('training.gaps.enrol', { course: shortfall.course.name })}
                            </button>
                          ) : (
                            <span className="muted">{t('training.gaps.noCourse', { subject: t(`training.subjects.${subjectOfRequirement[shortfall.requirement]}`) })}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </WorkTable>
            {gaps.length > shownGaps && (
              <p className="muted">
                {t('training.gaps.more', { shown: shownGaps, count: gaps.length })}{' '}
                <button type="button" onClick={() => setShownGaps((before) => before + gapPage)}>
                  {t('training.gaps.showMore', { count: Math.min(gapPage, gaps.length - shownGaps) })}
                </button>
              </p>
            )}
          </>
        )}
      </section>

      <details className="training-standards">
        <summary>{t('training.standards.title', { count: standards?.length ?? 0, date: formatPartialDate(shown.day) })}</summary>
        {standards && standards.length > 0 && (
          <WorkTable columns={[t('training.columns.post'), t('training.standards.level'), t('training.requirements.politicalTheory'), t('training.requirements.professionalDegree'), t('training.requirements.stateManagement'), t('training.standards.validFrom'), t('training.standards.note')]}>
            {standards.map((standard) => (
              <tr key={standard.id}>
                <th scope="row">{postName(standard.postCode)}</th>
                <td>{standard.level ? t(`training.standards.levels.${standard.level}`, { defaultValue: standard.level }) : t('training.standards.anyLevel')}</td>
                <td>{standard.minPoliticalTheoryCode ? codeName('politicalTheory', standard.minPoliticalTheoryCode) : ''}</td>
                <td>{standard.minProfessionalDegreeCode ? codeName('professionalDegree', standard.minProfessionalDegreeCode) : ''}</td>
                <td>{standard.minStateManagementCode ? codeName('stateManagement', standard.minStateManagementCode) : ''}</td>
                <td>{formatPartialDate(standard.validFrom)}</td>
                <td>{standard.note ?? ''}</td>
              </tr>
            ))}
          </WorkTable>
        )}
      </details>

      <section aria-labelledby="plans-title">
        <h2 id="plans-title">{t('training.plans.title', { year: shown.year })}</h2>
        {plans === null ? (
          <p className="loading">{t('training.loading')}</p>
        ) : plans.length === 0 ? (
          <p className="empty-state">{t('training.plans.none', { year: shown.year })}</p>
        ) : (
          plans.map((summary) => (
            <section key={summary.plan.id} className="training-plan" aria-label={summary.plan.name}>
              <h3>{summary.plan.name}</h3>
              <p className="muted">{[summary.unitName, summary.plan.note].filter(Boolean).join(' · ')}</p>
              {summary.courses.length === 0 ? (
                <p className="empty-state">{t('training.plans.noCourses')}</p>
              ) : (
                <WorkTable columns={[t('training.columns.course'), t('training.columns.subject'), t('training.columns.level'), t('training.columns.provider'), t('training.columns.dates'), t('training.columns.quota'), t('training.columns.taken'), t('training.columns.completed'), { label: <span className="visually-hidden">{t('training.columns.actions')}</span> }]}>
                  {summary.courses.map(({ course: entry, taken, completed }) => (
                    <tr key={entry.id} className={entry.id === courseId ? 'selected' : undefined}>
                      <th scope="row">{entry.name}</th>
                      <td>{t(`training.subjects.${entry.subject}`)}</td>
                      <td>{entry.targetCode ? codeName(levelCatalogOf[entry.subject], entry.targetCode) : ''}</td>
                      <td>{entry.provider ?? ''}</td>
                      <td>{t('training.plans.dates', { from: formatPartialDate(entry.from), to: formatPartialDate(entry.to) })}</td>
                      <td className="number">{entry.quota}</td>
                      <td className="number">{taken}</td>
                      <td className="number">{completed}</td>
                      <td>
                        <button type="button" onClick={() => setCourseId(entry.id)} aria-label={t('training.plans.peopleNamed', { course: entry.name })}>
                          {t('training.plans.people')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </WorkTable>
              )}
            </section>
          ))
        )}
      </section>

      {course && <CoursePeople course={course} enrolments={enrolments} onChanged={() => Promise.all([reload(), reloadCourse()]).then(() => undefined)} codeName={codeName} />}

      <div className="training-forms">
        <PlanForm units={unitOptions} year={shown.year} onSaved={(year) => (year === shown.year ? reload() : Promise.resolve(setShown((before) => ({ ...before, year }))))} />
        <CourseForm plans={plans ?? []} catalogs={catalogs} today={today} onSaved={(id) => reload().then(() => setCourseId(id))} />
      </div>
    </section>
  );
}

function SubmitRow({ saving, text }: { saving: boolean; text: string }) {
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={saving}>
        {text}
      </button>
    </div>
  );
}

/** The ids of a form's fields carry its prefix (two forms have a name), its errors do not. */
const prefixed = (prefix: string, errorFor: (key: string) => string | undefined) => (key: string) => errorFor(key.slice(prefix.length));

function PlanForm({ units, year, onSaved }: { units: readonly { value: string; label: string; detail: string }[]; year: number; onSaved: (year: number) => Promise<unknown> }) {
  const { t } = useTranslation();
  const { training } = useServices();
  const label = (field: string) => t(field === 'name' ? 'training.fields.planName' : `training.fields.${field}`, { defaultValue: field });
  const form = useDecisionForm({ label, refusedKey: 'training.refused', failedKey: 'training.failed' });
  const errorFor = prefixed('plan-', form.errorFor);
  const [values, setValues] = useState<PlanFormValues>({ unitId: '', year: String(year), name: t('training.plans.defaultName', { year }), note: '' });
  const set = (field: keyof PlanFormValues) => (value: string) => setValues((before) => ({ ...before, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.save(planFromForm(values), training.createPlan, sameField, async (plan) => {
      await onSaved(plan.year);
      return t('training.plans.saved', { name: plan.name });
    });
  }

  return (
    <form className="card planning-review" onSubmit={submit} noValidate aria-labelledby="plan-form-title">
      <h2 id="plan-form-title">{t('training.plans.formTitle')}</h2>
      <StatusMessage message={form.message} />
      <div className="planning-form-grid">
        <UnitPickerField name="plan-unitId" label={label('unitId')} value={values.unitId} options={units} onChange={set('unitId')} errorFor={errorFor} />
        <TextField name="plan-year" label={label('year')} value={values.year} onChange={set('year')} errorFor={errorFor} />
        <TextField name="plan-name" label={label('name')} value={values.name} onChange={set('name')} errorFor={errorFor} />
        <TextField name="plan-note" label={label('note')} value={values.note} onChange={set('note')} errorFor={errorFor} />
      </div>
      <SubmitRow saving={form.saving} text={t('training.plans.submit')} />
    </form>
  );
}

function CourseForm({ plans, catalogs, today, onSaved }: { plans: readonly PlanSummary[]; catalogs: readonly CatalogEntry[]; today: string; onSaved: (courseId: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const { training } = useServices();
  const label = (field: string) => t(field === 'name' ? 'training.fields.courseName' : `training.fields.${field}`, { defaultValue: field });
  const form = useDecisionForm({ label, refusedKey: 'training.refused', failedKey: 'training.failed' });
  const errorFor = prefixed('course-', form.errorFor);
  const [values, setValues] = useState<CourseFormValues>(emptyCourse);
  const set = (field: keyof CourseFormValues) => (value: string) => setValues((before) => ({ ...before, [field]: value }));
  const levelCatalog = trainingSubjects.includes(values.subject as (typeof trainingSubjects)[number]) ? levelCatalogOf[values.subject as (typeof trainingSubjects)[number]] : undefined;
  const levels = useMemo(() => (levelCatalog ? activeEntries(catalogs, levelCatalog, today).filter((entry) => entry.code !== 'none') : []), [catalogs, levelCatalog, today]);
  const planId = values.planId || (plans.length === 1 ? plans[0]!.plan.id : '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.save(courseFromForm({ ...values, planId }), training.addCourse, sameField, async (course) => {
      await onSaved(course.id);
      setValues({ ...emptyCourse, planId });
      return t('training.courses.saved', { name: course.name });
    });
  }

  const text = (field: keyof CourseFormValues, placeholder?: string) => <TextField name={`course-${field}`} label={label(field)} value={values[field]} onChange={set(field)} errorFor={errorFor} {...(placeholder ? { placeholder } : {})} />;
  return (
    <form className="card planning-review" onSubmit={submit} noValidate aria-labelledby="course-form-title">
      <h2 id="course-form-title">{t('training.courses.formTitle')}</h2>
      <StatusMessage message={form.message} />
      <div className="planning-form-grid">
        <SelectField name="course-planId" label={label('planId')} value={planId} options={plans.map((summary) => ({ value: summary.plan.id, label: summary.plan.name }))} none={t('training.courses.choosePlan')} onChange={set('planId')} errorFor={errorFor} />
        {text('name')}
        <SelectField
          name="course-subject"
          label={label('subject')}
          value={values.subject}
          options={trainingSubjects.map((subject) => ({ value: subject, label: t(`training.subjects.${subject}`) }))}
          none={t('training.courses.chooseSubject')}
          onChange={(subject) => setValues((before) => ({ ...before, subject, targetCode: '' }))}
          errorFor={errorFor}
        />
        <SelectField name="course-targetCode" label={label('targetCode')} value={values.targetCode} options={entryOptions(levels)} none={t('training.courses.chooseLevel')} onChange={set('targetCode')} errorFor={errorFor} />
        {text('provider')}
        {text('quota')}
        {text('from', t('planning.datePlaceholder'))}
        {text('to', t('planning.datePlaceholder'))}
      </div>
      <SubmitRow saving={form.saving} text={t('training.courses.submit')} />
    </form>
  );
}

function CoursePeople({ course, enrolments, onChanged, codeName }: { course: TrainingCourse; enrolments: readonly EnrolmentRow[] | null; onChanged: () => Promise<void>; codeName: (catalog: CatalogName | undefined, code: string | undefined) => string }) {
  const { t } = useTranslation();
  const { training } = useServices();
  const label = (field: string) => t(`training.fields.${field}`, { defaultValue: field });
  const form = useDecisionForm({ label, refusedKey: 'training.refused', failedKey: 'training.failed' });
  const [completing, setCompleting] = useState<EnrolmentRow | undefined>(undefined);
  const [values, setValues] = useState<CompletionFormValues>({ completedOn: formatPartialDate(course.to), certificate: '' });

  function start(row: EnrolmentRow) {
    setCompleting(row);
    setValues({ completedOn: formatPartialDate(course.to), certificate: '' });
    form.setErrors({});
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!completing) return;
    const name = completing.fullName;
    await form.save(completionFromForm(completing.enrolment.id, values), training.complete, sameField, async ({ raised }) => {
      await onChanged();
      setCompleting(undefined);
      return raised ? t('training.completion.savedRaised', { name, course: course.name, level: codeName(levelCatalogOf[course.subject], raised.to) }) : t('training.completion.saved', { name, course: course.name });
    });
  }

  return (
    <section aria-labelledby="course-people-title" className="training-course">
      <h2 id="course-people-title">{t('training.people.title', { course: course.name })}</h2>
      <StatusMessage message={form.message} />
      {enrolments === null ? (
        <p className="loading">{t('training.loading')}</p>
      ) : enrolments.length === 0 ? (
        <p className="empty-state">{t('training.people.none')}</p>
      ) : (
        <WorkTable columns={[t('training.columns.name'), t('training.columns.status'), t('training.columns.completedOn'), t('training.columns.certificate'), { label: <span className="visually-hidden">{t('training.columns.actions')}</span> }]}>
          {enrolments.map((row) => (
            <tr key={row.enrolment.id}>
              <th scope="row">
                <Link to={`/people/${row.enrolment.personId}`}>{row.fullName}</Link>
              </th>
              <td>{t(`training.status.${row.enrolment.status}`)}</td>
              <td>{row.enrolment.completedOn ? formatPartialDate(row.enrolment.completedOn) : ''}</td>
              <td>{row.enrolment.certificate ?? ''}</td>
              <td>
                {(row.enrolment.status === 'planned' || row.enrolment.status === 'enrolled') && (
                  <button type="button" onClick={() => start(row)} aria-label={t('training.people.completeNamed', { name: row.fullName })}>
                    {t('training.people.complete')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </WorkTable>
      )}
      {completing && (
        <form className="card planning-review" onSubmit={submit} noValidate aria-labelledby="completion-title">
          <h3 id="completion-title">{t('training.completion.title', { name: completing.fullName })}</h3>
          <div className="planning-form-grid">
            <TextField name="completedOn" label={label('completedOn')} value={values.completedOn} onChange={(completedOn) => setValues((before) => ({ ...before, completedOn }))} errorFor={form.errorFor} placeholder={t('planning.datePlaceholder')} />
            <TextField name="certificate" label={label('certificate')} value={values.certificate} onChange={(certificate) => setValues((before) => ({ ...before, certificate }))} errorFor={form.errorFor} />
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={form.saving}>
              {t('training.completion.submit')}
            </button>
            <button type="button" onClick={() => setCompleting(undefined)}>
              {t('training.completion.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
