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
  // A handle left open by a failing test's half-started service must not keep CI waiting for its
  // time limit after the results are in; jest still prints the warning naming the leak.
  forceExit: true,
};
