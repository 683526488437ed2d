/**
 * The two small files of enrolment, carried on a stick like bundles: the join request a lower office makes, and
 * the reply its upper office gives (the certificate with the chain to the root). Both are JSON; reading one
 * checks its shape (and the request its own signature) before anything is shown or stored.
 */
import { foldForSearch } from '../text/fold';
import { CertificateRefused, joinRequest, verifyBody, type JoinRequest } from './certificates';
import { fingerprint } from './crypto';
import { fromUtf8, utf8 } from './encoding';
import type { EnrolmentReply } from './identity-service';

export interface ExchangeFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** A file name part from a Vietnamese name: no diacritics, no spaces ("Ban Tổ chức Huyện ủy" → "ban-to-chuc-huyen-uy"). */
function fileCode(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

function jsonFile(fileName: string, value: unknown): ExchangeFile {
  return { fileName, bytes: utf8.encode(`${JSON.stringify(value, null, 2)}\n`) };
}

function parseJson(bytes: Uint8Array, refusal: string): unknown {
  try {
    return JSON.parse(fromUtf8.decode(bytes)) as unknown;
  } catch {
    throw new CertificateRefused(refusal);
  }
}

export function joinRequestFile(request: JoinRequest): ExchangeFile {
  return jsonFile(`yeu-cau-dang-ky_${fileCode(request.body.officeName)}.json`, request);
}

export interface ReadJoinRequest {
  readonly request: JoinRequest;
  /** The code of the key that signed the request: both offices can read it out to be sure whose request it is. */
  readonly keyFingerprint: string;
}

/** Reads a join request and checks it was signed by the key it carries. Throws CertificateRefused. */
export async function readJoinRequest(bytes: Uint8Array): Promise<ReadJoinRequest> {
  const parsed = joinRequest.safeParse(parseJson(bytes, 'exchange.joinRequestInvalid'));
  if (!parsed.success) throw new CertificateRefused('exchange.joinRequestInvalid');
  const request = parsed.data;
  if (!(await verifyBody(request.body.signingKey, request.body, request.signature))) throw new CertificateRefused('exchange.joinRequestSignature');
  return { request, keyFingerprint: await fingerprint(request.body.signingKey) };
}

export function enrolmentReplyFile(reply: EnrolmentReply): ExchangeFile {
  return jsonFile(`chung-thu_${fileCode(reply.certificate.body.officeName)}.json`, reply);
}

/** The reply as JSON; `acceptEnrolment` checks its shape and its chain. */
export function readEnrolmentReply(bytes: Uint8Array): unknown {
  return parseJson(bytes, 'exchange.enrolmentInvalid');
}
