import type { Migration } from './migration';

/** Version 6: people's photos ("ảnh 3x4"), one record per photo, found by the person. */
export const personPhotosMigration: Migration = {
  version: 6,
  stores: {
    personPhotos: 'id, personId',
  },
};
