/** The little of PouchDB the peer benchmark uses (the package ships no types). */
declare module 'pouchdb-browser' {
  interface BulkResult {
    readonly ok?: boolean;
    readonly error?: string;
    readonly reason?: string;
  }
  class PouchDB {
    constructor(name: string, options?: { adapter?: string });
    readonly adapter: string;
    bulkDocs(docs: readonly object[]): Promise<BulkResult[]>;
    info(): Promise<{ doc_count: number }>;
    destroy(): Promise<unknown>;
    close(): Promise<void>;
    static replicate(source: PouchDB, target: PouchDB, options?: { batch_size?: number; batches_limit?: number }): Promise<{ ok: boolean; docs_written: number }>;
    static readonly version: string;
    static plugin(plugin: unknown): typeof PouchDB;
  }
  export default PouchDB;
}

declare module 'pouchdb-adapter-indexeddb' {
  const adapter: unknown;
  export default adapter;
}
