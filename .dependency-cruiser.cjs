// The layer order of src/ (docs/architecture.md draws it). A folder may import its own files and
// the folders before it in LAYERS, never one after it; index.ts (the library API) may import all
// but cli/. Folders on one line of the drawing are still put in an order here, so that two folders
// can never import each other. `npm run deps` checks it in CI.
/** The folders of src/, lowest first. */
const LAYERS = [
  'util',
  'version', // src/version.ts
  'model',
  'messages',
  'git',
  'source',
  'load',
  'validate',
  'check',
  'edit',
  'kolada',
  'render',
  'diff',
  'init',
  'watch',
  'lsp',
  'reporters',
  'cli',
];

/** The path pattern of one layer's files. */
const files = (layer) => (layer === 'version' ? '^src/version\\.ts$' : `^src/${layer}/`);

// messages/ phrases the findings and outcomes of every layer above it, so it may name their types
// (type-only imports, erased at build time), never import their code.
const TYPES_ONLY = new Set(['messages']);

const upward = LAYERS.map((layer, i) => ({
  name: `layer/${layer}`,
  comment: `src/${layer} may import only the layers below it: ${LAYERS.slice(0, i).join(', ') || 'none'}${TYPES_ONLY.has(layer) ? ' (types of the layers above it, type-only)' : ''}`,
  severity: 'error',
  from: { path: files(layer) },
  to: TYPES_ONLY.has(layer) ? { path: LAYERS.slice(i + 1).map(files), dependencyTypesNot: ['type-only'] } : { path: LAYERS.slice(i + 1).map(files) },
}));

module.exports = {
  forbidden: [
    ...upward.filter((r) => r.to.path.length > 0),
    {
      name: 'layer/index',
      comment: 'the library API (src/index.ts) never imports the CLI',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'layer/unknown-folder',
      comment: 'every file of src/ belongs to a layer: add a new folder to LAYERS in .dependency-cruiser.cjs and to docs/architecture.md',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/index\\.ts$', ...LAYERS.map(files)] },
      to: {},
    },
    {
      name: 'render/reads-nothing',
      comment: 'renderers are pure: templates, labels and CSS come in as data (render/template.ts reads them for the CLI; to-pdf.ts prints in a browser)',
      severity: 'error',
      from: { path: '^src/render/', pathNot: '^src/render/(template|to-pdf)\\.ts$' },
      to: { path: ['^src/source/', '^(node:)?fs(/promises)?$'] },
    },
    {
      name: 'no-circular',
      comment: 'no import cycles between files',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.build.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
