import { describe, expect, it } from 'vitest';
import { fingerprint, generateOfficeKeys, randomContentKey, unwrapContentKey, wrapContentKey, exportPublicKey } from './crypto';
import { createJoinRequest, createRootCertificate, issueCertificate, revokeCertificate, Roster, type Certificate } from './certificates';

const now = new Date('2026-05-01T00:00:00Z');

async function network() {
  const provinceKeys = await generateOfficeKeys();
  const root = await createRootCertificate(provinceKeys, { officeId: 'province', officeName: 'Ban Tổ chức Tỉnh ủy', jurisdictionUnitId: 'P', jurisdictionUnitName: 'Đảng bộ tỉnh' }, 'serial-root', now);
  const districtKeys = await generateOfficeKeys();
  const request = await createJoinRequest(districtKeys, { officeId: 'district', officeName: 'Ban Tổ chức Huyện ủy', level: 'district', proposedUnitName: 'Đảng bộ huyện' }, now);
  const district = await issueCertificate(provinceKeys, root, request, { jurisdictionUnitId: 'D', jurisdictionUnitName: 'Đảng bộ huyện', serial: 'serial-district' }, now);
  const communeKeys = await generateOfficeKeys();
  const communeRequest = await createJoinRequest(communeKeys, { officeId: 'commune', officeName: 'Đảng ủy xã', level: 'grassroots', proposedUnitName: 'Đảng bộ xã' }, now);
  const commune = await issueCertificate(districtKeys, district, communeRequest, { jurisdictionUnitId: 'C', jurisdictionUnitName: 'Đảng bộ xã', serial: 'serial-commune' }, now);
  const pinned = await fingerprint(root.body.signingKey);
  return { provinceKeys, root, districtKeys, district, communeKeys, commune, pinned };
}

describe('office certificates', () => {
  it('chain a commune to the pinned province root through its district', async () => {
    const { root, district, commune, pinned } = await network();
    expect(pinned).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expect(new Roster([root, district, commune], [], pinned).verify(commune)).resolves.toBeUndefined();
  });

  it('refuse a chain to another root, a forged certificate, and a revoked link', async () => {
    const { root, district, commune, pinned, provinceKeys, districtKeys } = await network();
    const stranger = await generateOfficeKeys();
    await expect(new Roster([root, district, commune], [], await fingerprint(await exportPublicKey(stranger.signing.publicKey))).verify(commune)).rejects.toMatchObject({ reasonKey: 'exchange.untrustedRoot' });

    const widened: Certificate = { ...commune, body: { ...commune.body, jurisdictionUnitId: 'P' } };
    await expect(new Roster([root, district, widened], [], pinned).verify(widened)).rejects.toMatchObject({ reasonKey: 'exchange.certificateSignature' });

    const roster = new Roster([root, district, commune], [], pinned);
    expect(await roster.addRevocation(await revokeCertificate(provinceKeys, root, district, 'Máy bị mất', now))).toBe(true);
    await expect(roster.verify(commune)).rejects.toMatchObject({ reasonKey: 'exchange.revoked' });

    // A commune cannot revoke its district.
    const other = new Roster([root, district, commune], [], pinned);
    const { communeKeys } = await network();
    expect(await other.addRevocation(await revokeCertificate(communeKeys, commune, district, 'không được phép', now))).toBe(false);
    expect(await other.addRevocation(await revokeCertificate(districtKeys, district, commune, 'Đổi máy', now))).toBe(true);
  });

  it('refuse to certify a join request whose signature does not match its key', async () => {
    const { provinceKeys, root } = await network();
    const keys = await generateOfficeKeys();
    const request = await createJoinRequest(keys, { officeId: 'x', officeName: 'Đảng ủy xã X', level: 'grassroots', proposedUnitName: 'Xã X' }, now);
    const tampered = { ...request, body: { ...request.body, officeName: 'Đảng ủy xã Y' } };
    await expect(issueCertificate(provinceKeys, root, tampered, { jurisdictionUnitId: 'X', jurisdictionUnitName: 'Xã X', serial: 'serial-x' }, now)).rejects.toMatchObject({ reasonKey: 'exchange.joinRequestSignature' });
  });
});

describe('content key wrapping', () => {
  it('opens only with the recipient private key and the same context', async () => {
    const recipient = await generateOfficeKeys();
    const other = await generateOfficeKeys();
    const key = randomContentKey();
    const wrap = await wrapContentKey(key, 'district', await exportPublicKey(recipient.encryption.publicKey), 'bundle-1');
    expect(await unwrapContentKey(wrap, recipient.encryption.privateKey, 'bundle-1')).toEqual(key);
    await expect(unwrapContentKey(wrap, other.encryption.privateKey, 'bundle-1')).rejects.toThrow();
    await expect(unwrapContentKey(wrap, recipient.encryption.privateKey, 'bundle-2')).rejects.toThrow();
    await expect(unwrapContentKey({ ...wrap, recipient: 'commune' }, recipient.encryption.privateKey, 'bundle-1')).rejects.toThrow();
  });
});
