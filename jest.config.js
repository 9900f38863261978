// One jest run covers every package. Workspace imports resolve to each package's
// src/index.ts (source-first), so unit tests need no build; the CLI end-to-end
// tests run the built binary, which `npm test` builds first.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  // A package's platform modules (`#read-file`…, package.json `imports`) resolve to src/, their Node variant.
  testEnvironmentOptions: { customExportConditions: ['sejajar-source', 'node', 'node-addons'] },
  roots: ['<rootDir>/packages', '<rootDir>/examples', '<rootDir>/bench'],
  testMatch: ['**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  moduleNameMapper: {
    '^@sejajar/([a-z]+)$': '<rootDir>/packages/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testTimeout: 60000,
  // Two cores: run two test files at once (jest's default would use one).
  maxWorkers: 2,
};
