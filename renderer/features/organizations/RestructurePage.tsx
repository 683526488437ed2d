import { failureDetail } from '../../app/failure-detail';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { RestructuringPreview } from '../../../shared/organization/restructure-commands';
import type { UnitContents } from '../../../shared/organization/unit-profile';
import type { UnitNode, UnitTree } from '../../../shared/organization/unit-tree';
import { describeUnknownError } from '../../../shared/result';
import { ValidationFailed, type FieldIssue } from '../../../shared/validation/issues';
import { localDay, type OrganizationStructure } from '../../data/organization-services';
import { useServices } from '../../data/services';
import { useRecordTexts } from '../../i18n';
import type { PickerOption } from '../person/SearchPicker';
import { TextField, UnitDraftFields, UnitPickerField, type ErrorFor } from './form-controls';
import type { AppliedNotice } from './OrganizationsPage';
import { isRestructureAction, type RestructureAction } from './RestructureActions';
import { RestructurePreviewPanel } from './RestructurePreviewPanel';
import { controlFor, draftLike, initialValues, toRequest, type RestructureFormValues } from './restructure-form';
import { SplitAssignments } from './SplitAssignments';
import './organizations.css';

/** The office's own units in tree order (a unit's sub-units right after it), for the unit pickers. */
function unitOptions(tree: UnitTree, allowed: ReadonlySet<string>): PickerOption[] {
  const options: PickerOption[] = [];
  const visit = (nodes: readonly UnitNode[]) => {
    for (const node of nodes) {
      if (allowed.has(node.id)) options.push({ value: node.id, label: node.name, detail: node.code });
      visit(node.children);
    }
  };
  visit(tree.roots);
  return options;
}

/** `/organizations/:unitId/:action`: a restructuring of one of the office's units, previewed, then applied by decision. */
export function RestructurePage() {
  const { unitId = '', action } = useParams();
  const { t } = useTranslation();
  const { organizations } = useServices();
  const [view, setView] = useState<OrganizationStructure | null>(null);
  const [contents, setContents] = useState<UnitContents | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const today = localDay();

  useEffect(() => {
    let current = true;
    organizations.structure(today).then(
      (loaded) => current && setView(loaded),
      (error: unknown) => current && setFailure(describeUnknownError(error)),
    );
    if (action === 'split') {
      organizations.splitContents(unitId).then(
        (loaded) => current && setContents(loaded),
        (error: unknown) => current && setFailure(describeUnknownError(error)),
      );
    }
    return () => {
      current = false;
    };
  }, [organizations, unitId, action, today]);

  const unit = view?.tree.get(unitId);
  return (
    <section className="page restructure-page" aria-labelledby="page-title">
      <nav className="org-breadcrumb" aria-label={t('organizations.breadcrumb')}>
        <Link to={`/organizations?unit=${unitId}`}>{t('organizations.title')}</Link>
        {unit && <span>{unit.name}</span>}
      </nav>
      <h1 id="page-title">{isRestructureAction(action) ? t(`organizations.actions.${action}.title`) : t('organizations.title')}</h1>
      {failure && (
        <p className="form-error" role="alert">
          {t('organizations.loadFailed', { detail: failure })}
        </p>
      )}
      {!view && !failure && <p className="loading">{t('organizations.loading')}</p>}
      {view && (!isRestructureAction(action) || !unit || !view.jurisdiction.has(unit.id)) && (
        <div className="empty-state">
          <p>{t('organizations.actions.unavailable')}</p>
        </div>
      )}
      {view && unit && isRestructureAction(action) && view.jurisdiction.has(unit.id) && (action !== 'split' || contents) && (
        <RestructureForm key={`${unit.id}-${action}`} action={action} unit={unit} view={view} contents={contents} today={today} />
      )}
    </section>
  );
}

interface RestructureFormProps {
  readonly action: RestructureAction;
  readonly unit: UnitNode;
  readonly view: OrganizationStructure;
  readonly contents: UnitContents | null;
  readonly today: string;
}

function RestructureForm({ action, unit, view, contents, today }: RestructureFormProps) {
  const { t } = useTranslation();
  const { describeIssue } = useRecordTexts();
  const { organizations } = useServices();
  const navigate = useNavigate();
  const [values, setValues] = useState<RestructureFormValues>(() => initialValues(action, unit));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [preview, setPreview] = useState<RestructuringPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const update = (changes: Partial<RestructureFormValues>) => setValues((current) => ({ ...current, ...changes }));

  const { tree, jurisdiction } = view;
  const parent = unit.parentId === null ? undefined : tree.get(unit.parentId);
  const allOptions = useMemo(() => unitOptions(tree, jurisdiction), [tree, jurisdiction]);
  const subtree = useMemo(() => tree.subtreeIds(unit.id), [tree, unit.id]);
  // Peers of the unit, for merging: its siblings in the office's units, then any other unit chosen.
  const peers = (parent ? parent.children : tree.roots).filter((node) => jurisdiction.has(node.id));
  const otherSources = values.sourceIds.filter((id) => !peers.some((node) => node.id === id)).flatMap((id) => tree.get(id) ?? []);

  const labels: Record<string, string> = {
    decisionNumber: t('organizations.form.decisionNumber'),
    decisionDate: t('organizations.form.decisionDate'),
    effectiveDate: t('organizations.form.effectiveDate'),
    note: t('organizations.form.note'),
    name: t('organizations.form.newName'),
    parentId: t('organizations.form.newParent'),
    sourceIds: t('organizations.form.sources'),
    targetId: t('organizations.form.existingTarget'),
    splitParentId: t('organizations.form.parent'),
    'newUnit.parentId': t('organizations.form.parent'),
    targets: t('organizations.form.targets'),
    members: t('organizations.split.membersLabel'),
    subUnits: t('organizations.split.subUnitsLabel'),
  };
  const labelOf = (key: string) => labels[key] ?? t(`organizations.form.${key.slice(key.lastIndexOf('.') + 1)}`);
  const placed = issues.map((issue) => ({ issue, control: controlFor(action, issue, values) }));
  const errorFor: ErrorFor = (key) => {
    const found = placed.find((entry) => entry.control === key);
    return found && t(found.issue.messageKey, { ...found.issue.params, field: labelOf(key) });
  };
  const unplaced = placed.filter((entry) => entry.control === null).map((entry) => describeIssue('restructuring', entry.issue));

  async function run<T>(work: () => Promise<T>, onDone: (result: T) => void) {
    setBusy(true);
    setFailure(null);
    try {
      const result = await work();
      setIssues([]);
      onDone(result);
    } catch (error) {
      setPreview(null);
      if (error instanceof ValidationFailed) setIssues(error.issues);
      else setFailure(t('organizations.failed', { detail: failureDetail(error, t) }));
    } finally {
      setBusy(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => organizations.preview(toRequest(action, unit, values)), setPreview);
  };
  const apply = () =>
    void run(
      () => organizations.apply(toRequest(action, unit, values)),
      (record) => {
        // Back to the tree, on the unit the decision leaves in place: the renamed or moved one, the receiving or first new one.
        const focus = action === 'rename' || action === 'move' ? unit.id : action === 'dissolve' ? (unit.parentId ?? '') : (record.targetUnitIds[0] ?? unit.id);
        const notice: AppliedNotice = { applied: { number: record.decision.number, date: record.decision.date } };
        navigate(`/organizations${focus ? `?unit=${focus}` : ''}`, { state: notice });
      },
    );

  if (preview) return <RestructurePreviewPanel preview={preview} applying={busy} onApply={apply} onEdit={() => setPreview(null)} />;

  return (
    <form className="form restructure-form" onSubmit={submit} noValidate>
      <p className="field-hint">{t(`organizations.actions.${action}.intro`, { name: unit.name })}</p>
      {issues.length > 0 && (
        <div className="form-error" role="alert">
          <p>{t('organizations.invalid')}</p>
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}

      <dl className="details">
        <dt>{t('organizations.form.unit')}</dt>
        <dd>
          {unit.name} <span className="mono">({unit.code})</span>
        </dd>
        <dt>{t('organizations.form.currentParent')}</dt>
        <dd>{parent ? parent.name : t('organizations.noParent')}</dd>
      </dl>

      {action === 'add' && (
        <fieldset>
          <legend>{t('organizations.form.newUnit')}</legend>
          <UnitDraftFields prefix="newUnit" draft={values.newUnit} onChange={(newUnit) => update({ newUnit })} catalogs={view.catalogs} today={today} errorFor={errorFor} />
        </fieldset>
      )}

      {action === 'rename' && <TextField name="name" label={labels.name!} value={values.name} onChange={(name) => update({ name })} errorFor={errorFor} />}

      {action === 'move' && (
        <UnitPickerField
          name="parentId"
          label={labels.parentId!}
          value={values.parentId}
          options={allOptions.filter((option) => !subtree.has(option.value) && option.value !== unit.parentId)}
          onChange={(parentId) => update({ parentId })}
          errorFor={errorFor}
        />
      )}

      {action === 'merge' && (
        <>
          <fieldset aria-describedby={errorFor('sourceIds') ? 'restructure-sourceIds-error' : undefined}>
            <legend>{labels.sourceIds}</legend>
            <ul className="org-checkbox-list">
              {[...peers, ...otherSources].map((node) => (
                <li key={node.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={values.sourceIds.includes(node.id)}
                      onChange={(event) => update({ sourceIds: event.target.checked ? [...values.sourceIds, node.id] : values.sourceIds.filter((id) => id !== node.id) })}
                    />{' '}
                    {node.name} <span className="mono org-muted">{node.code}</span>
                  </label>
                </li>
              ))}
            </ul>
            <UnitPickerField
              name="extraSource"
              label={t('organizations.form.addSource')}
              value=""
              options={allOptions.filter((option) => !values.sourceIds.includes(option.value))}
              onChange={(id) => id && update({ sourceIds: [...values.sourceIds, id] })}
              errorFor={() => undefined}
            />
            {errorFor('sourceIds') && (
              <p className="field-error" id="restructure-sourceIds-error">
                {errorFor('sourceIds')}
              </p>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('organizations.form.target')}</legend>
            <div className="org-radio-row">
              {(['existing', 'new'] as const).map((mode) => (
                <label key={mode}>
                  <input type="radio" name="targetMode" value={mode} checked={values.targetMode === mode} onChange={() => update({ targetMode: mode })} /> {t(`organizations.form.targetMode.${mode}`)}
                </label>
              ))}
            </div>
            {values.targetMode === 'existing' ? (
              <UnitPickerField
                name="targetId"
                label={labels.targetId!}
                value={values.targetId}
                options={allOptions.filter((option) => !values.sourceIds.includes(option.value))}
                onChange={(targetId) => update({ targetId })}
                errorFor={errorFor}
              />
            ) : (
              <>
                <UnitDraftFields prefix="newUnit" draft={values.newUnit} onChange={(newUnit) => update({ newUnit })} catalogs={view.catalogs} today={today} errorFor={errorFor} />
                <UnitPickerField
                  name="newUnit.parentId"
                  label={labels['newUnit.parentId']!}
                  value={values.newUnit.parentId}
                  options={allOptions}
                  onChange={(parentId) => update({ newUnit: { ...values.newUnit, parentId } })}
                  errorFor={errorFor}
                />
              </>
            )}
          </fieldset>
        </>
      )}

      {action === 'split' && contents && (
        <>
          <fieldset>
            <legend>{labels.targets}</legend>
            {errorFor('targets') && <p className="field-error">{errorFor('targets')}</p>}
            <ol className="split-targets">
              {values.targets.map((draft, index) => (
                <li key={index}>
                  <UnitDraftFields
                    prefix={`targets.${index}`}
                    draft={draft}
                    onChange={(changed) => update({ targets: values.targets.map((existing, position) => (position === index ? changed : existing)) })}
                    catalogs={view.catalogs}
                    today={today}
                    errorFor={errorFor}
                  />
                  {values.targets.length > 2 && (
                    <button type="button" onClick={() => update({ targets: values.targets.filter((_, position) => position !== index), memberTargets: {}, subUnitTargets: {} })}>
                      {t('organizations.split.removeTarget', { number: index + 1 })}
                    </button>
                  )}
                </li>
              ))}
            </ol>
            <button type="button" onClick={() => update({ targets: [...values.targets, draftLike(unit, values.splitParentId)] })}>
              {t('organizations.split.addTarget')}
            </button>
            <UnitPickerField
              name="splitParentId"
              label={labels.splitParentId!}
              value={values.splitParentId}
              options={allOptions.filter((option) => !subtree.has(option.value))}
              onChange={(splitParentId) => update({ splitParentId })}
              errorFor={errorFor}
            />
          </fieldset>
          <fieldset>
            <legend>{t('organizations.split.assignmentsLegend')}</legend>
            <SplitAssignments
              contents={contents}
              targets={values.targets}
              memberTargets={values.memberTargets}
              subUnitTargets={values.subUnitTargets}
              onChange={(memberTargets, subUnitTargets) => update({ memberTargets, subUnitTargets })}
              errorFor={errorFor}
            />
          </fieldset>
        </>
      )}

      <fieldset>
        <legend>{t('organizations.form.decision')}</legend>
        <TextField name="decisionNumber" label={labels.decisionNumber!} placeholder={t('organizations.form.decisionNumberPlaceholder')} value={values.decisionNumber} onChange={(decisionNumber) => update({ decisionNumber })} errorFor={errorFor} />
        <TextField name="decisionDate" label={labels.decisionDate!} placeholder={t('organizations.dayPlaceholder')} value={values.decisionDate} onChange={(decisionDate) => update({ decisionDate })} errorFor={errorFor} />
        <TextField
          name="effectiveDate"
          label={labels.effectiveDate!}
          hint={t('organizations.form.effectiveDateHint')}
          placeholder={t('organizations.dayPlaceholder')}
          value={values.effectiveDate}
          onChange={(effectiveDate) => update({ effectiveDate })}
          errorFor={errorFor}
        />
        <TextField name="note" label={labels.note!} value={values.note} onChange={(note) => update({ note })} errorFor={errorFor} />
      </fieldset>

      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('organizations.form.previewing') : t('organizations.form.preview')}
        </button>
        <Link className="button" to={`/organizations?unit=${unit.id}`}>
          {t('organizations.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
