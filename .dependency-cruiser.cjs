/**
 * The rule of the imports (docs/architecture.md): the folders of src/ are the stages of the pipeline
 * and imports run one way,
 *
 *   entry points (main.ts, app.ts, doors/∗/cli.ts, doors/regression) → doors → turn
 *     → {understanding, crm → storage} → values → kernel
 *
 * `npm run lint` runs `depcruise` with these rules; any upward or sideways import fails it.
 */
const layer = (name, allowed) => ({
  name: `${name}-imports-only-below`,
  comment: `src/${name} may import only ${allowed.join(', ')} (and packages).`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: allowed.map((folder) => `^src/${folder}/`) },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one; split the shared part into a lower layer.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('kernel', ['kernel']),
    layer('values', ['kernel', 'values']),
    layer('understanding', ['kernel', 'values', 'understanding']),
    // The embedded CRM keeps its tables in the service's database: storage sits below the CRM.
    layer('crm', ['kernel', 'values', 'storage', 'crm']),
    layer('storage', ['kernel', 'values', 'storage']),
    layer('turn', ['kernel', 'values', 'understanding', 'crm', 'storage', 'turn']),
    {
      name: 'doors-not-the-composition-root',
      comment:
        'A door gets its dependencies passed in; only entry points (CLIs, the regression runner) build the service.',
      severity: 'error',
      from: { path: '^src/doors/(http|voice)/', pathNot: '/cli\\.ts$' },
      to: { path: '^src/(app|main)\\.ts$' },
    },
    {
      name: 'nothing-imports-main',
      severity: 'error',
      from: {},
      to: { path: '^src/main\\.ts$' },
    },
    {
      name: 'config-only-at-the-top',
      comment: 'Layers below the doors take plain options, never the Config.',
      severity: 'error',
      from: { path: '^src/(kernel|values|understanding|crm|storage|turn)/' },
      to: { path: '^src/config\\.ts$' },
    },
    {
      name: 'migrations-are-frozen',
      comment: 'A shipped migration must not change when live code does: it imports no project module.',
      severity: 'error',
      from: { path: '^src/storage/migrations\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'tolerant-readers-only-in-the-http-client',
      comment: 'The embedded CRM is called with types; only the client of a foreign CRM reads leniently.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/crm/http-client\\.ts$' },
      to: { path: '^src/crm/http-answers\\.ts$' },
    },
    {
      name: 'vendor-sdks-only-in-their-adapters',
      comment: "A vendor's errors are translated where its SDK is called, and nowhere else is it called.",
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: ['^src/understanding/llm/(openai|gemini)-provider\\.ts$', '^src/doors/voice/'],
      },
      to: { path: 'node_modules/(openai|@google/genai)/' },
    },
    {
      name: 'sqlite-only-in-storage-and-the-embedded-store',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/storage/', '^src/crm/embedded/store\\.ts$'] },
      to: { path: 'node_modules/better-sqlite3/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
