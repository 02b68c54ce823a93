// Integration specs: real Kafka and Postgres from tools/stack.js, one file at a time.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'messaging-int',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int.spec.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
};
