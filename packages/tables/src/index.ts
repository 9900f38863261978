export { packTables, unpackTables, type Column, type Tables } from './file.js';
export { indexStrings, stringId, stringAt, stringIndexColumns, stringIndexFrom, type StringIndex } from './strings.js';
export { searchSorted } from './search.js';
export { readSharedFile } from '#shared-file';
