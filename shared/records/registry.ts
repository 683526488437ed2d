import type { z } from 'zod';
import { unitRecordType } from '../organization/unit';
import { personRecordType } from '../people/person';

/** Every kind of record the app keeps and exchanges. */
export const recordTypes = {
  unit: unitRecordType,
  person: personRecordType,
} as const;

export type RecordTypeName = keyof typeof recordTypes;
export type RecordFields<T extends RecordTypeName> = z.output<(typeof recordTypes)[T]['schema']>;
export type RecordInput<T extends RecordTypeName> = z.input<(typeof recordTypes)[T]['schema']>;
export type RecordOf<T extends RecordTypeName> = RecordFields<T> & { readonly id: string };

export const recordTypeNames = Object.keys(recordTypes) as RecordTypeName[];

export function isRecordTypeName(name: string): name is RecordTypeName {
  return Object.hasOwn(recordTypes, name);
}
