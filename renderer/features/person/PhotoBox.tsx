import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { photoDataUrl, type PersonPhoto } from '../../../shared/people/person-photo';
import { describeUnknownError } from '../../../shared/result';
import { useServices } from '../../data/services';
import { platform } from '../../platform';
import { preparePhoto, UnreadableImage } from './photo-resize';

/** The "ảnh 3x4" of the dossier: shown, replaced from a jpg or png file, or removed. */
export function PhotoBox({ personId, fullName, photo, onChanged }: { personId: string; fullName: string; photo: PersonPhoto | undefined; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const { person } = useServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(work: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await work();
      await onChanged();
    } catch (cause) {
      setError(cause instanceof UnreadableImage ? t('person.photo.unreadable') : t('person.failed', { detail: describeUnknownError(cause) }));
    } finally {
      setBusy(false);
    }
  }

  async function upload() {
    const picked = await platform.openFile({ title: t('person.photo.choose'), extensions: ['jpg', 'jpeg', 'png'] });
    if (!picked.ok) return setError(t(`platformError.${picked.error.code}`));
    const file = picked.value;
    if (file) await run(async () => person.setPhoto(personId, await preparePhoto(file.bytes)));
  }

  return (
    <div className="photo-box">
      <div className="photo-frame">
        {photo ? <img src={photoDataUrl(photo)} alt={t('person.photo.alt', { name: fullName })} width={photo.width} height={photo.height} /> : <span>{t('person.photo.none')}</span>}
      </div>
      <div className="photo-actions">
        <button type="button" disabled={busy} onClick={upload}>
          {photo ? t('person.photo.change') : t('person.photo.upload')}
        </button>
        {photo && (
          <button type="button" disabled={busy} onClick={() => run(() => person.removePhoto(personId))}>
            {t('person.photo.remove')}
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
