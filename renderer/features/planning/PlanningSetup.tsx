/**
 * Setting a plan up: a new planning cycle with its party and state terms, and the positions planned in a unit
 * (title, level, seats). Folded away under the pools; the service refuses a second cycle for a term and a post twice.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activeEntries, type CatalogEntry } from '../../../shared/catalogs/catalog';
import { levels } from '../../../shared/events/event-fields';
import type { UnitChoice } from '../../data/person-services';
import { useServices } from '../../data/services';
import { localDay } from '../../data/organization-services';
import { TextField, UnitPickerField } from '../organizations/form-controls';
import { StatusMessage } from '../workflows/StatusMessage';
import { SelectField } from './SelectField';
import { cycleFromForm, emptyCycle, emptyPosition, positionFromForm, type CycleFormValues, type PositionFormValues } from './setup-form';
import { useDecisionForm } from './use-decision-form';

export function PlanningSetup({ cycleId, catalogs, onChanged }: { cycleId: string; catalogs: readonly CatalogEntry[]; onChanged: (cycleId: string, unitId?: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { planning, person } = useServices();
  const [cycle, setCycle] = useState<CycleFormValues>(emptyCycle);
  const [position, setPosition] = useState<PositionFormValues>(emptyPosition);
  const [units, setUnits] = useState<readonly UnitChoice[]>([]);
  const cycleForm = useDecisionForm({ label: (field) => t(`planning.setup.fields.${field}`), refusedKey: 'planning.setup.refused', failedKey: 'planning.failed' });
  const positionForm = useDecisionForm({ label: (field) => t(`planning.setup.fields.${field}`), refusedKey: 'planning.setup.refused', failedKey: 'planning.failed' });

  useEffect(() => {
    let current = true;
    person.unitChoices().then((choices) => current && setUnits(choices), () => undefined);
    return () => {
      current = false;
    };
  }, [person]);

  const today = localDay();
  const posts = useMemo(() => [...activeEntries(catalogs, 'partyPost', today), ...activeEntries(catalogs, 'governmentPost', today)].map((entry) => ({ value: entry.code, label: entry.name })), [catalogs, today]);
  const unitOptions = useMemo(() => units.map((unit) => ({ value: unit.id, label: unit.name, detail: unit.code })), [units]);

  async function addCycle(event: FormEvent) {
    event.preventDefault();
    await cycleForm.save(cycleFromForm(cycle), planning.createCycle, (field) => field, async (created) => {
      await onChanged(created.id);
      setCycle(emptyCycle);
      return t('planning.setup.cycleCreated', { name: created.name });
    });
  }

  async function addPosition(event: FormEvent) {
    event.preventDefault();
    await positionForm.save(positionFromForm(cycleId, position), planning.addPosition, (field) => field, async (created) => {
      await onChanged(created.cycleId, created.unitId);
      setPosition((before) => ({ ...emptyPosition, unitId: before.unitId, level: before.level }));
      return t('planning.setup.positionAdded', { title: created.title });
    });
  }

  const cycleText = (field: keyof CycleFormValues) => <TextField name={`cycle-${field}`} label={t(`planning.setup.fields.${field}`)} value={cycle[field]} onChange={(value) => setCycle({ ...cycle, [field]: value })} errorFor={() => cycleForm.errorFor(field)} />;
  const positionText = (field: keyof PositionFormValues) => <TextField name={`position-${field}`} label={t(`planning.setup.fields.${field}`)} value={position[field]} onChange={(value) => setPosition({ ...position, [field]: value })} errorFor={() => positionForm.errorFor(field)} />;

  return (
    <details className="card planning-setup">
      <summary>{t('planning.setup.title')}</summary>
      <form onSubmit={addPosition} noValidate aria-labelledby="planning-position-title">
        <h3 id="planning-position-title">{t('planning.setup.positionTitle')}</h3>
        <div className="planning-form-grid">
          <UnitPickerField name="position-unitId" label={t('planning.setup.fields.unitId')} value={position.unitId} options={unitOptions} onChange={(unitId) => setPosition({ ...position, unitId })} errorFor={() => positionForm.errorFor('unitId')} />
          <SelectField
            name="position-postCode"
            label={t('planning.setup.fields.postCode')}
            value={position.postCode}
            options={posts}
            none={t('planning.setup.choose')}
            onChange={(postCode) => setPosition({ ...position, postCode, title: position.title || (posts.find((post) => post.value === postCode)?.label ?? '') })}
            errorFor={() => positionForm.errorFor('postCode')}
          />
          {positionText('title')}
          <SelectField name="position-level" label={t('planning.setup.fields.level')} value={position.level} options={levels.map((level) => ({ value: level, label: t(`planning.levels.${level}`) }))} none={t('planning.setup.choose')} onChange={(level) => setPosition({ ...position, level })} errorFor={() => positionForm.errorFor('level')} />
          {positionText('seats')}
          {positionText('note')}
        </div>
        <div className="actions">
          <button type="submit" disabled={positionForm.saving || cycleId === ''}>
            {t('planning.setup.addPosition')}
          </button>
        </div>
        <StatusMessage message={positionForm.message} />
      </form>
      <form onSubmit={addCycle} noValidate aria-labelledby="planning-cycle-title">
        <h3 id="planning-cycle-title">{t('planning.setup.cycleTitle')}</h3>
        <div className="planning-form-grid">
          {cycleText('name')}
          {cycleText('partyTermFrom')}
          {cycleText('partyTermTo')}
          {cycleText('stateTermFrom')}
          {cycleText('stateTermTo')}
        </div>
        <div className="actions">
          <button type="submit" disabled={cycleForm.saving}>
            {t('planning.setup.createCycle')}
          </button>
        </div>
        <StatusMessage message={cycleForm.message} />
      </form>
    </details>
  );
}
