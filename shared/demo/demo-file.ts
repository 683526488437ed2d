/**
 * A generated province as a file (gzip of one JSON record per line), so a demo made once with
 * `npm run demo` can be loaded by any installation. Read back with the same schemas as everything else.
 */
import { z } from 'zod';
import { isRecordTypeName } from '../records/registry';
import type { GeneratedRecord } from './province-generator';

export const demoFileFormat = 'so-can-bo-demo';
export const demoFileVersion = 1;

const header = z.object({
  format: z.literal(demoFileFormat),
  version: z.literal(demoFileVersion),
  seed: z.number().int(),
  people: z.number().int().nonnegative(),
  createdAt: z.string(),
});
export type DemoFileHeader = z.infer<typeof header>;

const line = z.object({
  type: z.string().refine(isRecordTypeName, 'validation.recordType'),
  id: z.string().min(1).max(64),
  fields: z.record(z.string(), z.unknown()),
});

export class DemoFileInvalid extends Error {
  constructor(readonly messageKey: string, detail: string) {
    super(`${messageKey}: ${detail}`);
    this.name = 'DemoFileInvalid';
  }
}

export function encodeDemoFile(info: DemoFileHeader, chunks: Iterable<GeneratedRecord[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.iterator]();
  let headerSent = false;
  const text = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(`${JSON.stringify(info)}\n`));
        return;
      }
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map((record) => `${JSON.stringify(record)}\n`).join('')));
    },
  });
  return text.pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
}

async function* lines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = stream.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
  let buffer = '';
  for (;;) {
    let result: ReadableStreamReadResult<string>;
    try {
      result = await reader.read();
    } catch (cause) {
      throw new DemoFileInvalid('demoFile.corrupt', String(cause));
    }
    if (result.done) break;
    buffer += result.value;
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    yield* parts.filter((part) => part.length > 0);
  }
  if (buffer.length > 0) yield buffer;
}

function parseJson(text: string, lineNumber: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DemoFileInvalid('demoFile.corrupt', `line ${lineNumber}`);
  }
}

/** Reads a demo file: its header first (refusing other files), then the records in chunks. */
export async function readDemoFile(stream: ReadableStream<Uint8Array>, chunkSize = 5000): Promise<{ header: DemoFileHeader; chunks: AsyncGenerator<GeneratedRecord[]> }> {
  const source = lines(stream);
  const first = await source.next();
  const parsedHeader = header.safeParse(first.done ? undefined : parseJson(first.value, 1));
  if (!parsedHeader.success) throw new DemoFileInvalid('demoFile.notDemo', first.done ? 'empty' : 'header');
  async function* chunks(): AsyncGenerator<GeneratedRecord[]> {
    let chunk: GeneratedRecord[] = [];
    let lineNumber = 1;
    for await (const text of source) {
      lineNumber += 1;
      const parsed = line.safeParse(parseJson(text, lineNumber));
      if (!parsed.success) throw new DemoFileInvalid('demoFile.corrupt', `line ${lineNumber}`);
      chunk.push(parsed.data as GeneratedRecord);
      if (chunk.length === chunkSize) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk;
  }
  return { header: parsedHeader.data, chunks: chunks() };
}
