import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadProgress } from '../../../shared/demo/load-province';
import { useServices } from '../../data/services';
import { DemoLoadFailed } from '../../data/demo-loader';
import { platform } from '../../platform';

const sizes = [2_000, 20_000, 100_000, 300_000] as const;

/** First start with an empty database: offers a generated province to try the app on. */
export function DemoDataCard({ onLoaded }: { onLoaded: () => void }) {
  const { t } = useTranslation();
  const { demo } = useServices();
  const [size, setSize] = useState<number>(20_000);
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [target, setTarget] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = progress !== null;

  async function run(job: () => Promise<LoadProgress>, expected: number | null) {
    setError(null);
    setTarget(expected);
    setProgress({ records: 0, people: 0 });
    try {
      await job();
      onLoaded();
    } catch (cause) {
      setError(cause instanceof DemoLoadFailed ? t(cause.messageKey, { detail: cause.message }) : t('demo.failed', { detail: String(cause) }));
    } finally {
      setProgress(null);
    }
  }

  async function fromFile() {
    const picked = await platform.openFile({ title: t('demo.chooseFile'), extensions: ['scbdemo'] });
    if (!picked.ok) return setError(t(`platformError.${picked.error.code}`));
    if (picked.value) await run(() => demo.loadFile(picked.value!.bytes, setProgress), null);
  }

  return (
    <section className="card" aria-labelledby="demo-title">
      <h2 id="demo-title">{t('demo.title')}</h2>
      <p>{t('demo.intro')}</p>
      <div className="inline-form">
        <label htmlFor="demo-size">{t('demo.size')}</label>
        <select id="demo-size" value={size} disabled={busy} onChange={(event) => setSize(Number(event.target.value))}>
          {sizes.map((value) => (
            <option key={value} value={value}>
              {t('demo.people', { formatted: value.toLocaleString('vi-VN') })}
            </option>
          ))}
        </select>
        <button type="button" className="primary" disabled={busy} onClick={() => run(() => demo.generate(size, setProgress), size)}>
          {t('demo.generate')}
        </button>
        <button type="button" disabled={busy} onClick={fromFile}>
          {t('demo.fromFile')}
        </button>
      </div>
      {progress && (
        <div className="progress" role="status">
          <progress max={target ?? undefined} value={target ? progress.people : undefined} />
          <span>{t('demo.progress', { people: progress.people.toLocaleString('vi-VN') })}</span>
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
