/**
 * Two projects: `unit` (pure code, no database) and `integration` (a real Neo4j, started
 * once for the whole run by test/integration/global-setup.ts and stopped by global-teardown.ts).
 */
const tsJest = ['ts-jest', {}];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: [
        '<rootDir>/test/integration/**/*.int.test.ts',
        '<rootDir>/test/contract/**/*.int.test.ts',
        '<rootDir>/test/browser/**/*.int.test.ts',
      ],
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
  ],
};
