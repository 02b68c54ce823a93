// The 3-broker Kafka cluster tests (tests/ops, libs/messaging: *.cluster.spec.ts): its own step of `npm test`, run
// after `stack.up({ brokers: 3 })` has switched the local stack's Kafka to the 3-node cluster.
module.exports = {
  ...require('./jest.preset.js'),
  displayName: 'cluster',
  rootDir: __dirname,
  roots: ['<rootDir>/tests', '<rootDir>/libs'],
  testMatch: ['**/*.cluster.spec.ts'],
  testTimeout: 300_000,
  forceExit: true,
};
