// Cross-service tests against the real stack (node tools/stack.js up); run them in band.
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'tests',
  rootDir: __dirname,
  testMatch: ['**/*.int.spec.ts', '**/*.e2e.spec.ts'],
  testTimeout: 120_000,
};
