// Unit tests of every project (pure: no Kafka, no Postgres). `npm test` runs these, then
// jest.int.config.js against the real local stack.
const { existsSync, readdirSync } = require('node:fs');
const path = require('node:path');

const projectConfigs = ['apps', 'libs'].flatMap((dir) =>
  readdirSync(path.join(__dirname, dir))
    .map((name) => path.join(dir, name, 'jest.config.js'))
    .filter((config) => existsSync(path.join(__dirname, config))),
);

module.exports = { projects: projectConfigs.map((p) => `<rootDir>/${p}`) };
