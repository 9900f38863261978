/**
 * One file of typed-array columns and a JSON header, read back as views on the file's bytes:
 * loading costs one read and no parsing, and a file read into a SharedArrayBuffer gives
 * columns every worker thread can use without a copy.
 *
 * Layout: the magic `SJTB`, a uint32 format version, a uint32 header length, the UTF-8 JSON
 * header `{ meta, columns: [{ name, type, offset, length }] }`, then each column's bytes at an
 * offset that is a multiple of 8 from the start. Numbers are little-endian (every platform
 * Node.js and the browsers run on).
 */

/** The typed arrays a column can be. */
export type Column = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

/** What {@link unpackTables} gives back: the caller's metadata and its named columns. */
export interface Tables<Meta> {
  readonly meta: Meta;
  readonly columns: Readonly<Record<string, Column>>;
}

const MAGIC = 0x42544a53; // "SJTB", little-endian
const VERSION = 1;
const PREFIX = 12;

const TYPES = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;
type TypeName = keyof typeof TYPES;

interface ColumnEntry {
  name: string;
  type: TypeName;
  /** Byte offset from the start of the file. */
  offset: number;
  /** Number of elements. */
  length: number;
}

function typeName(column: Column): TypeName {
  const name = column.constructor.name;
  if (!(name in TYPES)) throw new TypeError(`@sejajar/tables: a column must be a typed array, got ${name}`);
  return name as TypeName;
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/** Pack `meta` (anything JSON can carry) and named columns into one file's bytes. */
export function packTables(meta: unknown, columns: Readonly<Record<string, Column>>): Uint8Array {
  const names = Object.keys(columns);
  // The header holds the offsets, and its length moves them: lay out with a header of an upper
  // bound on its size (offsets written as wide as they can get), then pad the real one to it.
  const entries: ColumnEntry[] = names.map((name) => ({ name, type: typeName(columns[name]!), offset: 0, length: columns[name]!.length }));
  const bound = new TextEncoder().encode(JSON.stringify({ meta, columns: entries.map((e) => ({ ...e, offset: Number.MAX_SAFE_INTEGER })) })).length;
  let offset = align8(PREFIX + bound);
  for (const entry of entries) {
    entry.offset = offset;
    offset = align8(offset + columns[entry.name]!.byteLength);
  }
  const header = new TextEncoder().encode(JSON.stringify({ meta, columns: entries }));
  const bytes = new Uint8Array(offset);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, header.length, true);
  bytes.set(header, PREFIX);
  bytes.fill(0x20, PREFIX + header.length, entries[0]?.offset ?? offset);
  for (const entry of entries) {
    const column = columns[entry.name]!;
    bytes.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), entry.offset);
  }
  return bytes;
}

/**
 * Read a file made by {@link packTables}. The columns are views on `bytes` (no copy) when its
 * start is 8-byte aligned, as a file read whole is; otherwise the bytes are copied once.
 * Throws a `TypeError` on bytes that are not such a file.
 */
export function unpackTables<Meta>(bytes: Uint8Array): Tables<Meta> {
  if (bytes.byteLength < PREFIX) throw new TypeError('@sejajar/tables: not a table file (too short)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new TypeError('@sejajar/tables: not a table file (no SJTB magic)');
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new TypeError(`@sejajar/tables: table file version ${version}, this reader knows ${VERSION}; rebuild the data`);
  const headerLength = view.getUint32(8, true);
  if (PREFIX + headerLength > bytes.byteLength) throw new TypeError('@sejajar/tables: truncated table file (header)');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREFIX, PREFIX + headerLength))) as { meta: Meta; columns: ColumnEntry[] };
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const columns: Record<string, Column> = {};
  for (const { name, type, offset, length } of header.columns) {
    const Type = TYPES[type];
    if (Type === undefined) throw new TypeError(`@sejajar/tables: unknown column type ${type}`);
    if (offset + length * Type.BYTES_PER_ELEMENT > aligned.byteLength) throw new TypeError(`@sejajar/tables: truncated table file (column ${name})`);
    // The buffer may be a SharedArrayBuffer: every typed-array constructor takes one, though
    // TypeScript's signature for the union of them says ArrayBuffer.
    columns[name] = new Type(aligned.buffer as ArrayBuffer, aligned.byteOffset + offset, length);
  }
  return { meta: header.meta, columns };
}
