import { v7 as uuidv7 } from 'uuid';

/** Record ids are chosen once, never derived from where a record sits, and sort by creation time (UUID v7). */
export function newId(): string {
  return uuidv7();
}
