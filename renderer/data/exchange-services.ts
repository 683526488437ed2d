/**
 * The exchange screens' access to data: enrolment and the roster through the identity service, bundles made and
 * taken in by the exchange worker, and the inbox, quarantine, status and journal as the overview reads them.
 * Every refusal of the engine reaches the screens as `ExchangeRefused` (a catalog key and its detail).
 */
import { z } from 'zod';
import { loadCatalogs } from '../../shared/catalogs/catalog-service';
import type { CatalogEntry } from '../../shared/catalogs/catalog';
import { recordDelivery, type Delivery } from '../../shared/exchange/bundle-service';
import type { CertificateBody, JoinRequest } from '../../shared/exchange/certificates';
import { resolveConflict } from '../../shared/exchange/conflict-service';
import { fingerprint } from '../../shared/exchange/crypto';
import { enrolmentReplyFile, joinRequestFile, readEnrolmentReply, readJoinRequest, type ExchangeFile, type ReadJoinRequest } from '../../shared/exchange/enrolment-files';
import { workerClient } from './worker-client';
import { exchangeJobResponse, type ExchangeJobRequest, type ExchangeJobResponse } from '../../shared/exchange/exchange-jobs';
import { conflictViews, journalViews, knownOffices, peerStatuses, quarantineViews, type ConflictView, type JournalView, type OfficeEntry, type PeerStatus, type QuarantineView } from '../../shared/exchange/exchange-overview';
import { acceptEnrolment, enrolOffice, establishProvinceRoot, loadIdentity, makeJoinRequest, revokeOffice } from '../../shared/exchange/identity-service';
import { refusalOf } from '../../shared/exchange/refusals';
import { jurisdictionGuard } from '../../shared/exchange/jurisdiction-guard';
import { keyEncryptionKey, profileVault, type KeyVault, type StoredOfficeKeys } from '../../shared/exchange/key-vault';
import { platformMethods } from '../../shared/platform/contract';
import type { Result } from '../../shared/result';
import { loadOfficeProfile } from '../../shared/office/office-service';
import type { OfficeProfile } from '../../shared/office/office-profile';
import type { UnitTree } from '../../shared/organization/unit-tree';
import { unitTreeOn } from '../../shared/queries/people-queries';
import type { AppDatabase } from '../../shared/storage/database';
import { toFieldIssues, ValidationFailed } from '../../shared/validation/issues';
import { localDay } from './organization-services';

/** The engine (or this layer) refused: `reasonKey` names the catalog text, `detail` fills its `{{detail}}`. */
export class ExchangeRefused extends Error {
  constructor(
    readonly reasonKey: string,
    readonly detail = '',
  ) {
    super(detail ? `${reasonKey}: ${detail}` : reasonKey);
    this.name = 'ExchangeRefused';
  }
}

/** The worker failed in a way that is not a refusal (a bug, storage full): the detail is for support staff. */
export class ExchangeJobFailed extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ExchangeJobFailed';
  }
}

export interface EnrolmentState {
  readonly profile: OfficeProfile;
  /** This office's certificate, once it has one. */
  readonly certificate: CertificateBody | null;
  /** The code of the province root this office trusts (its own root at the province). */
  readonly rootFingerprint: string | null;
  /** Keys made (a join request was made) but no certificate accepted yet. */
  readonly requested: boolean;
}

export interface JoinRequestMade extends ExchangeFile {
  /** The code of this office's new key, to read out to the upper office. */
  readonly keyFingerprint: string;
}

/** The units an upper office may grant: everything below its own jurisdiction unit, as the tree stands today. */
export interface GrantableUnits {
  readonly tree: UnitTree;
  readonly ownUnitId: string;
}

export type ExportedBundle = Omit<Extract<ExchangeJobResponse, { kind: 'exported' }>, 'kind' | 'jobId'>;

export type AnalyzedBundle = Omit<Extract<ExchangeJobResponse, { kind: 'analyzed' }>, 'kind' | 'jobId'>;
export type ImportPreview = AnalyzedBundle['preview'];

/** Where the office's private keys rest now, and whether this machine has an OS keystore. */
export interface KeyProtection {
  /** null until the keys are made (at the root or the join request). */
  readonly stored: StoredOfficeKeys['protection'] | null;
  /** The keystore that sealed the keys, or else the one this run could use (null: none). */
  readonly keystore: string | null;
}

export interface ExchangeServices {
  enrolment(): Promise<EnrolmentState>;
  keyProtection(): Promise<KeyProtection>;
  /** At the province: the root of trust, on the unit bearing the office's code. */
  establishRoot(): Promise<void>;
  makeJoinRequest(): Promise<JoinRequestMade>;
  readJoinRequest(bytes: Uint8Array): Promise<ReadJoinRequest>;
  grantableUnits(): Promise<GrantableUnits>;
  /** Certifies the office that made `request` for `unitId`, and gives the reply file to hand back. */
  issueCertificate(request: JoinRequest, unitId: string): Promise<ExchangeFile>;
  /** Accepts the reply if it chains to the root whose code was read over the phone. Throws ValidationFailed (field `code`). */
  acceptCertificate(bytes: Uint8Array, code: string): Promise<CertificateBody>;
  offices(): Promise<OfficeEntry[]>;
  /** Throws ValidationFailed (field `reason`). */
  revoke(officeId: string, reason: string): Promise<void>;
  statuses(): Promise<PeerStatus[]>;
  exportBundle(recipientOfficeId: string): Promise<ExportedBundle>;
  /** The bundle is on its drive, read back and checked: only now does the export count (sequence, journal). */
  recordExport(delivery: Delivery): Promise<void>;
  analyzeBundle(file: { readonly name: string; readonly bytes: Uint8Array }): Promise<AnalyzedBundle>;
  applyBundle(planId: number): Promise<ImportPreview>;
  discardBundle(planId: number): Promise<void>;
  conflicts(): Promise<ConflictView[]>;
  resolveConflict(conflictId: string, value: unknown): Promise<void>;
  quarantine(): Promise<QuarantineView[]>;
  journal(): Promise<JournalView[]>;
  /** Official and province catalogs, to show codes by name. */
  catalogs(): Promise<CatalogEntry[]>;
}

const revocationInput = z.object({ reason: z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong') });

function parsed<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationFailed(toFieldIssues(result.error));
  return result.data;
}

/** The root code as typed from the phone: any case, with dashes or spaces; 16 letters and digits. */
function typedCode(code: string): string {
  const typed = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (typed.length !== 16) throw new ValidationFailed([{ field: 'code', messageKey: typed === '' ? 'validation.required' : 'exchangeUi.enrolment.codeFormat', params: {} }]);
  return typed;
}

/** Runs engine work, turning its refusals into ExchangeRefused. */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal) throw new ExchangeRefused(refusal.reasonKey, refusal.detail);
    throw error;
  }
}

/** The answer of the kind asked for, or the refusal or failure it is. */
function answer<K extends ExchangeJobResponse['kind']>(message: ExchangeJobResponse, kind: K): Extract<ExchangeJobResponse, { kind: K }> {
  if (message.kind === kind) return message as Extract<ExchangeJobResponse, { kind: K }>;
  if (message.kind === 'refused') throw new ExchangeRefused(message.reasonKey, message.detail);
  throw new ExchangeJobFailed(message.kind === 'failed' ? message.detail : `unexpected answer: ${message.kind}`);
}

/** The vault of this run: the platform is asked once for the OS keystore's key (none in a browser). */
function platformVault(keystoreKey: () => Promise<Result<unknown>>): () => Promise<KeyVault> {
  let opened: Promise<KeyVault> | null = null;
  const open = async (): Promise<KeyVault> => {
    const result = await keystoreKey();
    if (!result.ok) throw new ExchangeRefused('exchange.keystoreFailed', result.error.detail ?? result.error.code);
    const answer = platformMethods.keystoreKey.response.safeParse(result.value);
    if (!answer.success) throw new ExchangeRefused('exchange.keystoreFailed', answer.error.message);
    if (answer.data === null) return profileVault;
    return { kind: 'os-keystore', backend: answer.data.backend, key: await keyEncryptionKey(answer.data.key) };
  };
  return () =>
    (opened ??= open().catch((error: unknown) => {
      opened = null;
      throw error;
    }));
}

export function createExchangeServices(db: AppDatabase, keystoreKey: () => Promise<Result<unknown>>): ExchangeServices {
  const vault = platformVault(keystoreKey);
  const run = workerClient<ExchangeJobRequest, ExchangeJobResponse>(() => new Worker(new URL('./exchange.worker.ts', import.meta.url), { type: 'module' }), exchangeJobResponse, (detail) => new ExchangeJobFailed(detail));

  async function profile(): Promise<OfficeProfile> {
    const loaded = await loadOfficeProfile(db);
    if (!loaded) throw new Error('The office is not set up');
    return loaded;
  }

  async function ownJurisdiction(): Promise<{ tree: UnitTree; unitId: string }> {
    const identity = await loadIdentity(db);
    if (!identity?.certificate) throw new ExchangeRefused('exchange.notEnrolled');
    return { tree: await unitTreeOn(db, localDay()), unitId: identity.certificate.body.jurisdictionUnitId };
  }

  return {
    async enrolment() {
      const [office, identity] = await Promise.all([profile(), loadIdentity(db)]);
      return { profile: office, certificate: identity?.certificate?.body ?? null, rootFingerprint: identity?.rootFingerprint ?? null, requested: identity !== undefined && !identity.certificate };
    },
    async keyProtection() {
      const [identity, opened] = await Promise.all([loadIdentity(db), vault().catch(() => null)]);
      if (identity?.keys.protection === 'os-keystore') return { stored: 'os-keystore', keystore: identity.keys.backend };
      return { stored: identity?.keys.protection ?? null, keystore: opened?.kind === 'os-keystore' ? opened.backend : null };
    },
    async establishRoot() {
      const office = await profile();
      const own = (await unitTreeOn(db, localDay())).byCode(office.unitCode);
      if (!own) throw new ExchangeRefused('exchangeUi.refusals.noOwnUnit', office.unitCode);
      await refusing(async () => establishProvinceRoot(db, await vault(), office, own.id));
    },
    async makeJoinRequest() {
      const request = await refusing(async () => makeJoinRequest(db, await vault(), await profile()));
      return { ...joinRequestFile(request), keyFingerprint: await fingerprint(request.body.signingKey) };
    },
    readJoinRequest: (bytes) => refusing(() => readJoinRequest(bytes)),
    async grantableUnits() {
      const { tree, unitId } = await ownJurisdiction();
      return { tree, ownUnitId: unitId };
    },
    async issueCertificate(request, unitId) {
      const { tree, unitId: own } = await ownJurisdiction();
      const below = tree.subtreeIds(own);
      below.delete(own);
      const unit = tree.get(unitId);
      if (!unit) throw new ExchangeRefused('exchange.grantOutsideJurisdiction');
      const reply = await refusing(async () => enrolOffice(db, await vault(), request, { jurisdictionUnitId: unit.id, jurisdictionUnitName: unit.name }, (id) => below.has(id)));
      return enrolmentReplyFile(reply);
    },
    async acceptCertificate(bytes, code) {
      const typed = typedCode(code);
      return (await refusing(async () => acceptEnrolment(db, readEnrolmentReply(bytes), typed))).body;
    },
    offices: () => knownOffices(db),
    async revoke(officeId, reason) {
      const input = parsed(revocationInput, { reason });
      await refusing(async () => revokeOffice(db, await vault(), officeId, input.reason));
    },
    statuses: () => peerStatuses(db),
    async exportBundle(recipientOfficeId) {
      const { kind: _kind, jobId: _jobId, ...exported } = answer(await run({ kind: 'export', vault: await vault(), recipientOfficeId }), 'exported');
      return exported;
    },
    recordExport: (made) => recordDelivery(db, made),
    async analyzeBundle(file) {
      const { kind: _kind, jobId: _jobId, ...analyzed } = answer(await run({ kind: 'analyze', vault: await vault(), fileName: file.name, bytes: file.bytes }), 'analyzed');
      return analyzed;
    },
    async applyBundle(planId) {
      return answer(await run({ kind: 'apply', planId }), 'applied').preview;
    },
    async discardBundle(planId) {
      answer(await run({ kind: 'discard', planId }), 'discarded');
    },
    conflicts: () => conflictViews(db),
    async resolveConflict(conflictId, value) {
      const office = await profile();
      const guard = await jurisdictionGuard(db);
      await refusing(() => resolveConflict({ db, office: { officeId: office.officeId, level: office.level }, guard }, conflictId, value));
    },
    quarantine: () => quarantineViews(db),
    journal: () => journalViews(db),
    catalogs: () => loadCatalogs(db),
  };
}
