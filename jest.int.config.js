// Integration and end-to-end tests: real Kafka and real PostgreSQL from tools/stack.js,
// run in band (one file at a time).
module.exports = {
  ...require('./jest.preset.js'),
  displayName: 'integration',
  rootDir: __dirname,
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/tests'],
  testMatch: ['**/*.int.spec.ts', '**/*.e2e.spec.ts'],
  testTimeout: 180_000,
  slowTestThreshold: 30,
};
