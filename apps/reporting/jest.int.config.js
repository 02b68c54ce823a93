// Integration specs: the service in-process against the real Kafka and Postgres (tools/stack.js), one file at a time.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'reporting-int',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int.spec.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
};
