import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnalyzedBundle, ImportPreview } from '../../data/exchange-services';
import { useServices } from '../../data/services';
import { platform } from '../../platform';
import { LoadFailure, NotEnrolledNotice, WorkProgress } from './parts';
import { useExchangeTexts, useLoaded } from './use-exchange';

const countKeys = ['newRecords', 'updatedRecords', 'alreadyPresent', 'conflicts', 'quarantined', 'held'] as const;

type Phase = { readonly kind: 'idle' } | { readonly kind: 'analyzing'; readonly fileName: string } | { readonly kind: 'preview'; readonly analyzed: AnalyzedBundle } | { readonly kind: 'applying'; readonly analyzed: AnalyzedBundle } | { readonly kind: 'done'; readonly analyzed: AnalyzedBundle; readonly applied: ImportPreview };

/**
 * Taking in a bundle: open the file, see what importing it would do (verified completely, nothing written yet),
 * then confirm. The worker keeps the verified plan between the two steps. A refused bundle changes nothing.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { exchange } = useServices();
  const { errorText, platformErrorText } = useExchangeTexts();
  const load = useCallback(() => exchange.enrolment(), [exchange]);
  const { value: enrolment, failure } = useLoaded(load);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const keptPlan = useRef<number | null>(null);

  // A plan left unconfirmed is let go when the user leaves the page.
  useEffect(
    () => () => {
      if (keptPlan.current !== null) void exchange.discardBundle(keptPlan.current);
    },
    [exchange],
  );

  const open = async () => {
    setError(null);
    const picked = await platform.openFile({ title: t('exchangeUi.import.open'), extensions: ['scb'] });
    if (!picked.ok) return setError(platformErrorText(picked.error));
    if (!picked.value) return;
    setPhase({ kind: 'analyzing', fileName: picked.value.name });
    try {
      const analyzed = await exchange.analyzeBundle(picked.value);
      keptPlan.current = analyzed.planId;
      setPhase({ kind: 'preview', analyzed });
    } catch (cause) {
      setPhase({ kind: 'idle' });
      setError(errorText(cause));
    }
  };

  const confirm = async (analyzed: AnalyzedBundle) => {
    setError(null);
    setPhase({ kind: 'applying', analyzed });
    try {
      const applied = await exchange.applyBundle(analyzed.planId);
      keptPlan.current = null;
      setPhase({ kind: 'done', analyzed, applied });
    } catch (cause) {
      keptPlan.current = null;
      setPhase({ kind: 'idle' });
      setError(errorText(cause));
    }
  };

  const cancel = (analyzed: AnalyzedBundle) => {
    keptPlan.current = null;
    void exchange.discardBundle(analyzed.planId);
    setPhase({ kind: 'idle' });
  };

  if (failure) return <LoadFailure text={failure} />;
  if (!enrolment) return <p className="loading">{t('exchangeUi.loading')}</p>;
  if (!enrolment.certificate) return <NotEnrolledNotice />;
  return (
    <>
      <h2>{t('exchangeUi.import.title')}</h2>
      <p>{t('exchangeUi.import.intro')}</p>
      {(phase.kind === 'idle' || phase.kind === 'done') && (
        <button type="button" className="primary" onClick={open}>
          {t('exchangeUi.import.open')}
        </button>
      )}
      {phase.kind === 'analyzing' && <WorkProgress label={t('exchangeUi.import.analyzing', { name: phase.fileName })} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {(phase.kind === 'preview' || phase.kind === 'applying') && (
        <PreviewCard analyzed={phase.analyzed}>
          {phase.kind === 'applying' ? (
            <WorkProgress label={t('exchangeUi.import.applying')} />
          ) : (
            <div className="actions">
              {!phase.analyzed.preview.alreadyImported && (
                <button type="button" className="primary" onClick={() => confirm(phase.analyzed)}>
                  {t('exchangeUi.import.confirm')}
                </button>
              )}
              <button type="button" onClick={() => cancel(phase.analyzed)}>
                {phase.analyzed.preview.alreadyImported ? t('exchangeUi.import.close') : t('exchangeUi.cancel')}
              </button>
            </div>
          )}
        </PreviewCard>
      )}
      {phase.kind === 'done' && <DoneCard applied={phase.applied} />}
    </>
  );
}

function Counts({ counts }: { readonly counts: ImportPreview['counts'] }) {
  const { t } = useTranslation();
  const { number } = useExchangeTexts();
  return (
    <dl className="count-grid">
      {countKeys.map((key) => (
        <div key={key} className={`count count-${key}${counts[key] > 0 && (key === 'conflicts' || key === 'quarantined' || key === 'held') ? ' count-attention' : ''}`}>
          <dt>{t(`exchangeUi.counts.${key}`)}</dt>
          <dd>{number(counts[key])}</dd>
        </div>
      ))}
    </dl>
  );
}

function PreviewCard({ analyzed, children }: { readonly analyzed: AnalyzedBundle; readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { dateTime, size, number } = useExchangeTexts();
  const { preview, file } = analyzed;
  return (
    <section className="card" aria-labelledby="preview-title">
      <h3 id="preview-title">{t('exchangeUi.import.previewTitle')}</h3>
      {preview.alreadyImported && (
        <p className="notice" role="status">
          {t('exchangeUi.import.alreadyImported')}
        </p>
      )}
      <dl className="details">
        <dt>{t('exchangeUi.import.sender')}</dt>
        <dd>{preview.sender.officeName}</dd>
        <dt>{t('exchangeUi.import.createdAt')}</dt>
        <dd>{dateTime(preview.createdAt)}</dd>
        <dt>{t('exchangeUi.import.sequence')}</dt>
        <dd>{number(preview.sequence)}</dd>
        <dt>{t('exchangeUi.import.file')}</dt>
        <dd>
          <span className="mono">{file.name}</span> ({size(file.size)})
        </dd>
        <dt>{t('exchangeUi.import.changes')}</dt>
        <dd>{number(analyzed.changes)}</dd>
        <dt>{t('exchangeUi.import.hash')}</dt>
        <dd className="mono hash">{file.sha256}</dd>
      </dl>
      <h4>{t('exchangeUi.import.whatWillHappen')}</h4>
      <Counts counts={preview.counts} />
      {children}
    </section>
  );
}

function DoneCard({ applied }: { readonly applied: ImportPreview }) {
  const { t } = useTranslation();
  return (
    <section className="card result-card" aria-labelledby="done-title">
      <h3 id="done-title">{t('exchangeUi.import.done', { office: applied.sender.officeName })}</h3>
      <Counts counts={applied.counts} />
      {applied.counts.conflicts > 0 && (
        <p>
          <Link to="/exchange/conflicts">{t('exchangeUi.import.seeConflicts')}</Link>
        </p>
      )}
      {applied.counts.quarantined > 0 && (
        <p>
          <Link to="/exchange/quarantine">{t('exchangeUi.import.seeQuarantine')}</Link>
        </p>
      )}
    </section>
  );
}
