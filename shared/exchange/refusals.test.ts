import { describe, expect, it } from 'vitest';
import { BundleRefused } from './bundle-format';
import { CertificateRefused } from './certificates';
import { ConflictNotResolvable } from './conflict-service';
import { parseRefusal, refusalOf } from './refusals';

describe('refusals', () => {
  it('split the engine message into the catalog key and its detail', () => {
    expect(refusalOf(new BundleRefused('exchange.wrongRecipient', 'Ban Tổ chức: Huyện ủy'))).toEqual({ reasonKey: 'exchange.wrongRecipient', detail: 'Ban Tổ chức: Huyện ủy' });
    expect(refusalOf(new CertificateRefused('exchange.untrustedRoot'))).toEqual({ reasonKey: 'exchange.untrustedRoot', detail: '' });
    expect(refusalOf(new ConflictNotResolvable('exchange.conflictNotOpen'))).toEqual({ reasonKey: 'exchange.conflictNotOpen', detail: '' });
    expect(refusalOf(new Error('disk full'))).toBeNull();
    expect(parseRefusal('exchange.damaged: chunk 3')).toEqual({ reasonKey: 'exchange.damaged', detail: 'chunk 3' });
    expect(parseRefusal('exchange.truncated')).toEqual({ reasonKey: 'exchange.truncated', detail: '' });
  });
});
