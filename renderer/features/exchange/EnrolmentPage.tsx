import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationFailed } from '../../../shared/validation/issues';
import { ExchangeRefused, type EnrolmentState } from '../../data/exchange-services';
import { useServices } from '../../data/services';
import { platform } from '../../platform';
import { IssueCertificateCard } from './IssueCertificateCard';
import { RosterCard } from './RosterCard';
import { LoadFailure } from './parts';
import { useExchangeTexts, useLoaded } from './use-exchange';

/**
 * Enrolment: the province makes the root of trust; a lower office asks its upper office with a join request file
 * and accepts the reply only with the root code read over the phone; an upper office certifies the offices below
 * it, and revokes them. The roster lists every office this one knows.
 */
export function EnrolmentPage() {
  const { t } = useTranslation();
  const { exchange } = useServices();
  const load = useCallback(() => exchange.enrolment(), [exchange]);
  const { value: state, failure, reload } = useLoaded(load);
  const [rosterRound, setRosterRound] = useState(0);

  return (
    <>
      <h2>{t('exchangeUi.enrolment.title')}</h2>
      <LoadFailure text={failure} />
      {state && !state.certificate && state.profile.level === 'province' && <RootCard onCreated={reload} />}
      {state && !state.certificate && state.profile.level !== 'province' && (
        <>
          <JoinRequestCard requested={state.requested} onMade={reload} />
          <AcceptCertificateCard onAccepted={reload} />
        </>
      )}
      {state?.certificate && (
        <>
          <OwnCertificateCard state={state} />
          <IssueCertificateCard rootFingerprint={state.rootFingerprint ?? ''} onIssued={() => setRosterRound((round) => round + 1)} />
          <RosterCard key={rosterRound} />
        </>
      )}
    </>
  );
}

/** The root code in large, spaced type: it is read aloud over the phone, group by group. */
function RootCode({ code, labelId }: { readonly code: string; readonly labelId: string }) {
  return (
    <p className="root-code" aria-labelledby={labelId}>
      {code}
    </p>
  );
}

function RootCard({ onCreated }: { readonly onCreated: () => void }) {
  const { t } = useTranslation();
  const { exchange } = useServices();
  const { errorText } = useExchangeTexts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      await exchange.establishRoot();
      onCreated();
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="root-title">
      <h3 id="root-title">{t('exchangeUi.enrolment.root.title')}</h3>
      <p>{t('exchangeUi.enrolment.root.intro')}</p>
      <button type="button" className="primary" disabled={busy} onClick={create}>
        {t('exchangeUi.enrolment.root.create')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function OwnCertificateCard({ state }: { readonly state: EnrolmentState }) {
  const { t } = useTranslation();
  const { dateTime } = useExchangeTexts();
  const certificate = state.certificate!;
  const isRoot = certificate.issuerOfficeId === certificate.officeId;
  return (
    <section className="card" aria-labelledby="own-title">
      <h3 id="own-title">{t('exchangeUi.enrolment.own.title')}</h3>
      <dl className="details">
        <dt>{t('exchangeUi.enrolment.own.office')}</dt>
        <dd>{certificate.officeName}</dd>
        <dt>{t('exchangeUi.enrolment.own.level')}</dt>
        <dd>{t(`exchangeUi.level.${certificate.level}`)}</dd>
        <dt>{t('exchangeUi.enrolment.own.jurisdiction')}</dt>
        <dd>{certificate.jurisdictionUnitName}</dd>
        <dt>{t('exchangeUi.enrolment.own.issuedAt')}</dt>
        <dd>{dateTime(certificate.issuedAt)}</dd>
      </dl>
      <h4 id="root-code-label">{t('exchangeUi.enrolment.own.rootCode')}</h4>
      <RootCode code={state.rootFingerprint ?? ''} labelId="root-code-label" />
      <p className="field-hint">{t(isRoot ? 'exchangeUi.enrolment.own.rootHintProvince' : 'exchangeUi.enrolment.own.rootHint')}</p>
    </section>
  );
}

function JoinRequestCard({ requested, onMade }: { readonly requested: boolean; readonly onMade: () => void }) {
  const { t } = useTranslation();
  const { exchange } = useServices();
  const { errorText, platformErrorText } = useExchangeTexts();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ location: string; keyFingerprint: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      const request = await exchange.makeJoinRequest();
      const result = await platform.saveFile({ suggestedName: request.fileName, bytes: request.bytes, extensions: ['json'] });
      if (!result.ok) return setError(platformErrorText(result.error));
      if (result.value) {
        setSaved({ location: result.value.location, keyFingerprint: request.keyFingerprint });
        onMade();
      }
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="join-title">
      <h3 id="join-title">{t('exchangeUi.enrolment.join.title')}</h3>
      <p>{t('exchangeUi.enrolment.join.intro')}</p>
      {requested && !saved && <p className="field-hint">{t('exchangeUi.enrolment.join.madeBefore')}</p>}
      <button type="button" className="primary" disabled={busy} onClick={make}>
        {t('exchangeUi.enrolment.join.make')}
      </button>
      {saved && (
        <div className="notice" role="status">
          <p>{t('exchangeUi.enrolment.join.saved', { location: saved.location })}</p>
          <p id="key-code-label">{t('exchangeUi.enrolment.join.keyCode')}</p>
          <RootCode code={saved.keyFingerprint} labelId="key-code-label" />
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function AcceptCertificateCard({ onAccepted }: { readonly onAccepted: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { exchange } = useServices();
  const { errorText, platformErrorText } = useExchangeTexts();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeLabel = t('exchangeUi.enrolment.accept.code');

  const open = async () => {
    setError(null);
    const picked = await platform.openFile({ title: t('exchangeUi.enrolment.accept.open'), extensions: ['json'] });
    if (!picked.ok) return setError(platformErrorText(picked.error));
    if (picked.value) {
      setFile(picked.value);
      setCodeError(null);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setCodeError(null);
    try {
      await exchange.acceptCertificate(file.bytes, code);
      onAccepted();
    } catch (cause) {
      if (cause instanceof ValidationFailed) setCodeError(cause.issues.map((issue) => t(issue.messageKey, { ...issue.params, field: codeLabel })).join(' '));
      // A chain that does not end at the typed code's root: the code is what to check again, so it is said next to it.
      else if (cause instanceof ExchangeRefused && cause.reasonKey === 'exchange.untrustedRoot') setCodeError(t('exchangeUi.enrolment.accept.wrongCode'));
      else setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="accept-title">
      <h3 id="accept-title">{t('exchangeUi.enrolment.accept.title')}</h3>
      <p>{t('exchangeUi.enrolment.accept.intro')}</p>
      {!file && (
        <button type="button" className="primary" onClick={open}>
          {t('exchangeUi.enrolment.accept.open')}
        </button>
      )}
      {file && (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t('exchangeUi.enrolment.accept.file', { name: file.name })}</p>
          <div className="field">
            <label htmlFor={`${id}-code`}>{codeLabel}</label>
            <input
              id={`${id}-code`}
              className="code-input"
              value={code}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={codeError ? true : undefined}
              aria-describedby={`${id}-hint${codeError ? ` ${id}-error` : ''}`}
              onChange={(event) => setCode(event.target.value)}
            />
            <p className="field-hint" id={`${id}-hint`}>
              {t('exchangeUi.enrolment.accept.codeHint')}
            </p>
            {codeError && (
              <p className="field-error" id={`${id}-error`}>
                {codeError}
              </p>
            )}
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('exchangeUi.enrolment.accept.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={() => (setFile(null), setCode(''), setCodeError(null), setError(null))}>
              {t('exchangeUi.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
