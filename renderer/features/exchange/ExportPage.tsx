import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sha256Hex } from '../../../shared/hash';
import type { Drive } from '../../../shared/platform/contract';
import { useServices } from '../../data/services';
import { platform } from '../../platform';
import { LoadFailure, NotEnrolledNotice, OfficeFacts, WorkProgress } from './parts';
import { useExchangeTexts, useLoaded } from './use-exchange';

interface Written {
  readonly recipientName: string;
  readonly location: string;
  readonly size: number;
  readonly sha256: string;
  readonly sequence: number;
  readonly createdAt: string;
  readonly counts: { readonly batches: number; readonly changes: number; readonly revocations: number };
}

/** Making a bundle takes a while; writing it to the stick (and reading it back) is the second step. */
type Step = 'making' | 'writing';
const steps: readonly Step[] = ['making', 'writing'];

/**
 * A bundle for the office above or an office below, written to a removable drive (or a chosen folder) with an
 * atomic write that is read back and compared before the screen says it is done.
 */
export function ExportPage() {
  const { t } = useTranslation();
  const id = useId();
  const { exchange } = useServices();
  const { errorText, platformErrorText, size, number, dateTime } = useExchangeTexts();
  const load = useCallback(async () => ({ enrolment: await exchange.enrolment(), peers: await exchange.statuses() }), [exchange]);
  const { value, failure } = useLoaded(load);
  const [recipientId, setRecipientId] = useState('');
  const [drives, setDrives] = useState<readonly Drive[]>([]);
  const [driveId, setDriveId] = useState('');
  const [canChooseFolder, setCanChooseFolder] = useState(false);
  const [step, setStep] = useState<Step | null>(null);
  const [written, setWritten] = useState<Written | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recipientError, setRecipientError] = useState<string | null>(null);
  const [driveError, setDriveError] = useState<string | null>(null);

  /** Lists the drives again, keeping the one chosen (or choosing `choose`, a folder just picked). */
  const listDrives = async (choose?: string) => {
    const listed = await platform.listRemovableDrives({});
    if (!listed.ok) return setError(platformErrorText(listed.error));
    setDrives(listed.value);
    setDriveId((current) => choose ?? (listed.value.some((drive) => drive.id === current) ? current : (listed.value[0]?.id ?? '')));
  };

  useEffect(() => {
    void listDrives();
    void platform.getAppInfo({}).then((info) => info.ok && setCanChooseFolder(info.value.capabilities.chooseFolder));
    // Listed once on arrival; the "refresh" button lists again after a stick is plugged in.
  }, []);

  const chooseFolder = async () => {
    const chosen = await platform.chooseFolder({ title: t('exchangeUi.export.chooseFolder') });
    if (!chosen.ok) return setError(platformErrorText(chosen.error));
    if (chosen.value) await listDrives(chosen.value.id);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setRecipientError(null);
    setDriveError(null);
    if (!recipientId) return setRecipientError(t('validation.chooseOne', { field: t('exchangeUi.export.recipient') }));
    if (!driveId) return setDriveError(t('validation.chooseOne', { field: t('exchangeUi.export.drive') }));
    setWritten(null);
    try {
      setStep('making');
      const bundle = await exchange.exportBundle(recipientId);
      setStep('writing');
      const expected = await sha256Hex(bundle.bytes);
      const result = await platform.writeFileToDrive({ driveId, fileName: bundle.fileName, bytes: bundle.bytes });
      if (!result.ok) return setError(platformErrorText(result.error));
      // What the drive holds must be the bundle just made, byte for byte.
      if (result.value.sha256 !== expected) return setError(platformErrorText({ code: 'verify-failed' }));
      await exchange.recordExport(bundle.delivery);
      setWritten({ recipientName: bundle.recipientName, location: result.value.location, size: result.value.bytesWritten, sha256: result.value.sha256, sequence: bundle.sequence, createdAt: bundle.createdAt, counts: bundle.counts });
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setStep(null);
    }
  };

  if (failure) return <LoadFailure text={failure} />;
  if (!value) return <p className="loading">{t('exchangeUi.loading')}</p>;
  if (!value.enrolment.certificate) return <NotEnrolledNotice />;
  const busy = step !== null;
  return (
    <>
      <h2>{t('exchangeUi.export.title')}</h2>
      <p>{t('exchangeUi.export.intro')}</p>
      {value.peers.length === 0 ? (
        <div className="empty-state">
          <p>{t('exchangeUi.export.noPeers')}</p>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <fieldset className="choice-list" aria-invalid={recipientError ? true : undefined} aria-describedby={recipientError ? `${id}-recipient-error` : undefined}>
            <legend>{t('exchangeUi.export.recipient')}</legend>
            {value.peers.map(({ office, outstandingOwn, outstandingRelayed }) => (
              <label key={office.officeId} className="choice">
                <input type="radio" name={`${id}-recipient`} value={office.officeId} checked={recipientId === office.officeId} disabled={busy} onChange={() => setRecipientId(office.officeId)} />
                <span className="choice-main">{office.officeName}</span>
                <OfficeFacts office={office} />
                <span className="choice-note">{t('exchangeUi.export.outstanding', { own: number(outstandingOwn), relayed: number(outstandingRelayed) })}</span>
              </label>
            ))}
            {recipientError && (
              <p className="field-error" id={`${id}-recipient-error`}>
                {recipientError}
              </p>
            )}
          </fieldset>
          <fieldset className="choice-list" aria-invalid={driveError ? true : undefined} aria-describedby={driveError ? `${id}-drive-error` : undefined}>
            <legend>{t('exchangeUi.export.drive')}</legend>
            {drives.length === 0 && <p className="muted">{t('exchangeUi.export.noDrives')}</p>}
            {drives.map((drive) => (
              <label key={drive.id} className="choice">
                <input type="radio" name={`${id}-drive`} value={drive.id} checked={driveId === drive.id} disabled={busy} onChange={() => setDriveId(drive.id)} />
                <span className="choice-main">{drive.label || drive.mountPath}</span>
                <span className="choice-note">{drive.freeBytes === null ? drive.mountPath : t('exchangeUi.export.free', { path: drive.mountPath, free: size(drive.freeBytes) })}</span>
              </label>
            ))}
            <div className="actions">
              <button type="button" disabled={busy} onClick={() => void listDrives()}>
                {t('exchangeUi.export.refreshDrives')}
              </button>
              {canChooseFolder && (
                <button type="button" disabled={busy} onClick={chooseFolder}>
                  {t('exchangeUi.export.chooseFolder')}
                </button>
              )}
            </div>
            {driveError && (
              <p className="field-error" id={`${id}-drive-error`}>
                {driveError}
              </p>
            )}
          </fieldset>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('exchangeUi.export.submit')}
            </button>
          </div>
        </form>
      )}
      {step && <WorkProgress label={t(`exchangeUi.export.step.${step}`)} step={steps.indexOf(step) + 1} steps={steps.length} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {written && (
        <section className="card result-card" aria-labelledby="written-title">
          <h3 id="written-title">{t('exchangeUi.export.written', { office: written.recipientName })}</h3>
          <dl className="details">
            <dt>{t('exchangeUi.export.file')}</dt>
            <dd className="mono">{written.location}</dd>
            <dt>{t('exchangeUi.export.size')}</dt>
            <dd>{size(written.size)}</dd>
            <dt>{t('exchangeUi.export.sequence')}</dt>
            <dd>{number(written.sequence)}</dd>
            <dt>{t('exchangeUi.export.createdAt')}</dt>
            <dd>{dateTime(written.createdAt)}</dd>
            <dt>{t('exchangeUi.export.batches')}</dt>
            <dd>{number(written.counts.batches)}</dd>
            <dt>{t('exchangeUi.export.changes')}</dt>
            <dd>{number(written.counts.changes)}</dd>
            <dt>{t('exchangeUi.export.revocations')}</dt>
            <dd>{number(written.counts.revocations)}</dd>
            <dt>{t('exchangeUi.export.hash')}</dt>
            <dd className="mono hash">{written.sha256}</dd>
          </dl>
          <p className="field-hint">{t('exchangeUi.export.verified')}</p>
        </section>
      )}
    </>
  );
}
