import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findEntry, type CatalogEntry, type CatalogName } from '../../../shared/catalogs/catalog';
import type { ConflictCandidate, ConflictView } from '../../../shared/exchange/exchange-overview';
import { historyFieldCatalogs, personFieldCatalogs } from '../../../shared/people/person-service';
import { isRecordTypeName, recordTypes } from '../../../shared/records/registry';
import { useServices } from '../../data/services';
import { useRecordTexts } from '../../i18n';
import { formatValue, type ValueTexts } from './conflict-values';
import { LoadFailure, NotEnrolledNotice } from './parts';
import { useExchangeTexts, useLoaded } from './use-exchange';

/** The catalog a code field takes its values from, for the record types whose code fields are known. */
const codeCatalogs: Readonly<Record<string, Readonly<Record<string, CatalogName>>>> = { person: personFieldCatalogs, personHistory: historyFieldCatalogs };

/**
 * The conflict inbox: the same field written at two offices without either seeing the other's edit. The record
 * holds one value for now (the same at every office); keeping either writes it as a new edit, which travels in the
 * next bundles and settles the conflict everywhere.
 */
export function ConflictsPage() {
  const { t } = useTranslation();
  const { exchange } = useServices();
  const { errorText } = useExchangeTexts();
  const load = useCallback(async () => {
    const [enrolment, conflicts, catalogs] = await Promise.all([exchange.enrolment(), exchange.conflicts(), exchange.catalogs()]);
    return { enrolment, conflicts, catalogs };
  }, [exchange]);
  const { value, failure, reload } = useLoaded(load);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<{ conflictId: string; text: string } | null>(null);

  const keep = async (conflict: ConflictView, candidate: ConflictCandidate, shown: string) => {
    setBusy(true);
    setNotice(null);
    setError(null);
    try {
      await exchange.resolveConflict(conflict.id, candidate.value);
      setNotice(t('exchangeUi.inbox.resolved', { value: shown }));
      reload();
    } catch (cause) {
      setError({ conflictId: conflict.id, text: errorText(cause) });
      reload();
    } finally {
      setBusy(false);
    }
  };

  if (failure) return <LoadFailure text={failure} />;
  if (!value) return <p className="loading">{t('exchangeUi.loading')}</p>;
  if (!value.enrolment.certificate) return <NotEnrolledNotice />;
  return (
    <>
      <h2>{t('exchangeUi.inbox.title')}</h2>
      <p>{t('exchangeUi.inbox.intro')}</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {value.conflicts.length === 0 ? (
        <div className="empty-state">
          <p>{t('exchangeUi.inbox.empty')}</p>
        </div>
      ) : (
        <ul className="conflict-list">
          {value.conflicts.map((conflict) => (
            <li key={conflict.id}>
              <ConflictCard conflict={conflict} catalogs={value.catalogs} busy={busy} error={error?.conflictId === conflict.id ? error.text : null} onKeep={keep} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

interface ConflictCardProps {
  readonly conflict: ConflictView;
  readonly catalogs: readonly CatalogEntry[];
  readonly busy: boolean;
  readonly error: string | null;
  onKeep(conflict: ConflictView, candidate: ConflictCandidate, shown: string): void;
}

function ConflictCard({ conflict, catalogs, busy, error, onKeep }: ConflictCardProps) {
  const { t } = useTranslation();
  const { recordTypeLabel, fieldLabel } = useRecordTexts();
  const { dateTime, number } = useExchangeTexts();
  const { record } = conflict;
  const type = isRecordTypeName(record.type) ? record.type : null;
  const restricted = type !== null && (recordTypes[type].sensitiveFields ?? []).includes(conflict.field);
  const texts: ValueTexts = {
    empty: t('exchangeUi.inbox.emptyValue'),
    yes: t('exchangeUi.inbox.yes'),
    no: t('exchangeUi.inbox.no'),
    label: (path) => (type ? fieldLabel(type, path) : path),
    codeName: (field, code) => {
      const catalog = codeCatalogs[record.type]?.[field];
      return catalog ? findEntry(catalogs, catalog, code)?.name : undefined;
    },
    number,
  };
  const titleId = `conflict-${conflict.id}`;
  const recordName = record.name ?? t('exchangeUi.inbox.unnamedRecord');
  const shown = (candidate: ConflictCandidate) => (restricted ? t('exchangeUi.inbox.restrictedValue') : formatValue(conflict.field, candidate.value, texts));

  return (
    <article className="card conflict-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <span className="conflict-kind">{type ? recordTypeLabel(type) : record.type}</span>
        {record.personId ? <Link to={`/people/${record.personId}`}>{recordName}</Link> : <span>{recordName}</span>}
      </h3>
      <p className="conflict-field">
        {t('exchangeUi.inbox.field')}: <strong>{conflict.isDeletion ? t('exchangeUi.inbox.deletion') : type ? fieldLabel(type, conflict.field) : conflict.field}</strong>
      </p>
      <p className="conflict-bundles muted">
        {conflict.bundles.map((bundle) => t('exchangeUi.inbox.foundIn', { file: bundle.fileName ?? bundle.bundleId, date: dateTime(bundle.receivedAt) })).join('; ')}
      </p>
      <div className="candidates">
        {conflict.candidates.map((candidate) => (
          <section key={`${candidate.officeId}:${JSON.stringify(candidate.value)}`} className={`candidate${candidate.current ? ' candidate-current' : ''}`} aria-label={t('exchangeUi.inbox.candidateOf', { office: candidate.officeName })}>
            <p className="candidate-value">{conflict.isDeletion ? (candidate.current ? t('exchangeUi.inbox.deleted') : t('exchangeUi.inbox.editedMeanwhile')) : shown(candidate)}</p>
            <p className="candidate-author">
              {candidate.officeName}
              {candidate.ours && <span className="tag">{t('exchangeUi.inbox.ours')}</span>}
              {candidate.current && <span className="tag tag-current">{t('exchangeUi.inbox.current')}</span>}
            </p>
            {!conflict.isDeletion && (
              <button type="button" className={candidate.current ? undefined : 'primary'} disabled={busy} onClick={() => onKeep(conflict, candidate, shown(candidate))}>
                {t('exchangeUi.inbox.keep')}
              </button>
            )}
          </section>
        ))}
      </div>
      {conflict.isDeletion && <p className="field-hint">{t('exchangeUi.inbox.deletionHint')}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
