// Integration specs run against the real Postgres of the local stack (tools/stack.js).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'event-store:int',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int.spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
};
