// Where there is no file system (the `default` of the `#shared-file` import in package.json):
// tables come as bytes the page already has (a fetch, an inlined build), given to unpackTables.

/** No file to read here: always throws, saying what to do instead. */
export function readSharedFile(path: URL | string): Uint8Array {
  throw new Error(`@sejajar/tables: cannot read ${String(path)}: no file system on this platform; pass the bytes to unpackTables instead`);
}
