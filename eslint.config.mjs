import nx from '@nx/eslint-plugin';

// What pure code may never load: the frameworks and drivers of the edges.
const infrastructure = ['@nestjs/*', 'kafkajs', 'typeorm', 'pg', 'pg-*', 'express', 'fastify', 'pino', 'pino-*', 'prom-client', 'rxjs', 'class-validator', 'class-transformer'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '.local', '.nx', 'tmp'] },
  {
    files: ['**/*.ts'],
    rules: {
      // Layers, lowest first: contracts < domain < util < data-access < feature < app. A project
      // depends only on lower layers (data-access libs may also use each other); apps never import
      // apps; tests and benches reach apps only over HTTP and Kafka.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [], bannedExternalImports: infrastructure },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'], bannedExternalImports: infrastructure },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
            // test-support (the typed local stack, polling) depends on nothing of ours, so the
            // integration specs and testing/ helpers of any layer may use it
            { sourceTag: 'type:test-support', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:util', 'type:data-access', 'type:test-support'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:util', 'type:data-access', 'type:test-support'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:util', 'type:data-access', 'type:feature', 'type:test-support'],
            },
            {
              sourceTag: 'type:test',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:util', 'type:data-access', 'type:feature', 'type:test-support'],
            },
            { sourceTag: 'scope:projects', onlyDependOnLibsWithTags: ['scope:shared', 'scope:projects'] },
            { sourceTag: 'scope:land', onlyDependOnLibsWithTags: ['scope:shared', 'scope:land'] },
            { sourceTag: 'scope:safety', onlyDependOnLibsWithTags: ['scope:shared', 'scope:safety'] },
            { sourceTag: 'scope:office', onlyDependOnLibsWithTags: ['scope:shared', 'scope:office'] },
            { sourceTag: 'scope:reporting', onlyDependOnLibsWithTags: ['scope:shared', 'scope:reporting'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Deciders: an aggregate's state, evolve, decide, its commands' functions and their specs are
    // pure. They see the contracts and @park-ledger/decider, never a framework, a driver or the
    // edge of their own app (controllers, requests), directly or through a barrel.
    files: ['apps/{projects,land,safety,office}/src/*/**/*.ts'],
    ignores: ['**/*.controller.ts', '**/*.request.ts', '**/*.int.spec.ts', '**/*.e2e.spec.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: infrastructure, message: 'Deciders are pure: no framework or driver (see docs/conventions.md).' },
            {
              group: ['@park-ledger/*', '!@park-ledger/contracts', '!@park-ledger/decider', '!@park-ledger/decider/testing'],
              message: 'Deciders import only @park-ledger/contracts and @park-ledger/decider.',
            },
            {
              group: ['**/*.controller', '**/*.request', '**/*.module', '**/main', '**/service'],
              message: 'Deciders never import the HTTP edge of their app.',
            },
          ],
        },
      ],
    },
  },
];
