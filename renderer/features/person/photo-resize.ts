import { photoMaxHeight, photoMaxWidth } from '../../../shared/people/person-photo';
import type { PhotoInput } from '../../../shared/people/person-service';

/** The largest size of the same shape that fits the box; a picture already inside it keeps its size. */
export function fitWithin(width: number, height: number, maxWidth = photoMaxWidth, maxHeight = photoMaxHeight): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export class UnreadableImage extends Error {
  constructor(cause: unknown) {
    super('The file is not an image the browser can read', { cause });
    this.name = 'UnreadableImage';
  }
}

/**
 * Shrinks a picture (jpg or png bytes) to fit the 3×4 box, in the page, and returns it as a JPEG ready to store.
 * A transparent PNG is laid on white, as it would be printed.
 */
export async function preparePhoto(bytes: Uint8Array): Promise<PhotoInput> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
  } catch (cause) {
    throw new UnreadableImage(cause);
  }
  const size = fitWithin(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas in this browser');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const dataUrl = canvas.toDataURL('image/jpeg', 0.88);
  return { mediaType: 'image/jpeg', ...size, data: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}
