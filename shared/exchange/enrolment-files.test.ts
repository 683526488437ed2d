import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOffice, rootOf, type SimOffice } from './exchange-scenario';
import { acceptEnrolment, enrolOffice, loadIdentity, makeJoinRequest } from './identity-service';
import { enrolmentReplyFile, joinRequestFile, readEnrolmentReply, readJoinRequest } from './enrolment-files';
import { fingerprint } from './crypto';
import { CertificateRefused } from './certificates';

let province: SimOffice;
let district: SimOffice;
let rootCode: string;

beforeAll(async () => {
  province = await createOffice('files-province', 'Đảng bộ tỉnh Phú Thọ', 'province', 'P', 'PT');
  district = await createOffice('files-district', 'Đảng bộ huyện Đoan Hùng', 'district', 'D', 'PT.02');
  rootCode = await rootOf(province);
});

afterAll(async () => {
  await province.db.delete();
  await district.db.delete();
});

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('enrolment files', () => {
  it('carry a join request and its reply between two offices', async () => {
    const request = await makeJoinRequest(district.db, district.vault, district.profile);
    const file = joinRequestFile(request);
    expect(file.fileName).toBe('yeu-cau-dang-ky_ban-to-chuc-dang-bo-huyen-doan-hung.json');
    const read = await readJoinRequest(file.bytes);
    expect(read.request).toEqual(request);
    expect(read.keyFingerprint).toBe(await fingerprint(request.body.signingKey));

    const reply = await enrolOffice(province.db, province.vault, read.request, { jurisdictionUnitId: 'D', jurisdictionUnitName: 'Đảng bộ huyện Đoan Hùng' }, () => true);
    const replyFile = enrolmentReplyFile(reply);
    expect(replyFile.fileName).toBe('chung-thu_ban-to-chuc-dang-bo-huyen-doan-hung.json');
    // Typed as read over the phone: lower case, spaces instead of dashes.
    await acceptEnrolment(district.db, readEnrolmentReply(replyFile.bytes), rootCode.toLowerCase().replace(/-/g, ' '));
    expect((await loadIdentity(district.db))?.certificate?.body).toMatchObject({ jurisdictionUnitId: 'D', level: 'district' });
  });

  it('refuse a request that is not JSON, not a request, or signed by another key', async () => {
    await expect(readJoinRequest(new TextEncoder().encode('not json'))).rejects.toMatchObject({ reasonKey: 'exchange.joinRequestInvalid' });
    await expect(readJoinRequest(new TextEncoder().encode('{"body":{}}'))).rejects.toMatchObject({ reasonKey: 'exchange.joinRequestInvalid' });
    const request = await makeJoinRequest(district.db, district.vault, district.profile);
    const forged = text(joinRequestFile(request).bytes).replace('Ban Tổ chức Đảng bộ huyện Đoan Hùng', 'Ban Tổ chức Đảng bộ huyện Khác');
    await expect(readJoinRequest(new TextEncoder().encode(forged))).rejects.toMatchObject({ reasonKey: 'exchange.joinRequestSignature' });
    expect(() => readEnrolmentReply(new Uint8Array([0xff, 0xfe]))).toThrow(CertificateRefused);
  });
});
