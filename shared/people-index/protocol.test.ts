import { describe, expect, it } from 'vitest';
import { peopleIndexRequest, peopleIndexResponse } from './protocol';
import { emptyQuery } from './query';

describe('the index worker protocol', () => {
  it('accepts the requests the table sends', () => {
    expect(peopleIndexRequest.safeParse({ kind: 'query', requestId: 3, query: { ...emptyQuery, filters: { sex: 'female', termEndsWithinDays: 90 } }, start: 0, end: 100 }).success).toBe(true);
    expect(peopleIndexRequest.safeParse({ kind: 'export', requestId: 4, resultId: 3, columns: ['fullName', 'citizenId'], language: 'vi' }).success).toBe(true);
  });

  it('refuses malformed requests and answers', () => {
    const bad = [
      { kind: 'query', requestId: 1, query: emptyQuery, start: -1, end: 10 },
      { kind: 'query', requestId: 1, query: { ...emptyQuery, filters: { sex: 'other' } }, start: 0, end: 10 },
      { kind: 'query', requestId: 1, query: { ...emptyQuery, sort: { column: 'salary', direction: 'asc' } }, start: 0, end: 10 },
      { kind: 'export', requestId: 1, resultId: 1, columns: [], language: 'vi' },
      { kind: 'export', requestId: 1, resultId: 1, columns: ['politicalHistory'], language: 'vi' },
      { kind: 'delete', requestId: 1 },
    ];
    for (const request of bad) expect(peopleIndexRequest.safeParse(request).success, JSON.stringify(request)).toBe(false);
    expect(peopleIndexResponse.safeParse({ kind: 'result', requestId: 1, total: 1, start: 0, rows: [{ id: 'x' }] }).success).toBe(false);
    expect(peopleIndexResponse.safeParse({ kind: 'exported', requestId: 1, rowCount: 1, bytes: [1, 2] }).success).toBe(false);
  });
});
