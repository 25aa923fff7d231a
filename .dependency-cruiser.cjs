const fs = require('node:fs');
const path = require('node:path');

/**
 * The architecture, checked by `npm run lint` (dependency-cruiser): features stand alone.
 * - A feature (src/features/<name>) imports itself and src/shared, never another feature's internals;
 * - shared code imports no feature; the islands gather no feature (each registers its own island:
 *   islands has no edge below, so its own rule refuses any);
 * - the Markdown pipeline is assembled next to the configuration (src/content-pipeline.ts), which
 *   only the content checker runs besides the build;
 * - no import cycle anywhere, between modules or between features.
 * The edges that remain between features are listed in `knownFeatureEdges`, each with its reason:
 * the check refuses any new one. README.md (« Fonctionnalités ») says which features can be removed.
 */

/**
 * Imports between features (from → to), each through the target's declared entry (`public.ts`,
 * `theme/public.ts`), and why; none may be added without a reason here.
 */
const knownFeatureEdges = [
  // The content checker runs what would stop the build: published addresses and their anchors, the
  // GitBook syntax, French typography, the translations' state.
  ['content-checks', 'published-urls'],
  ['content-checks', 'gitbook'],
  ['content-checks', 'french-typography'],
  ['content-checks', 'translations'],
  // The GitBook importer writes pages in French typography, and keeps the published addresses of a
  // space imported again.
  ['gitbook', 'french-typography'],
  ['gitbook', 'published-urls'],
  // The phone menu shows the guide's topics and the language links as those features draw them.
  ['phone-menu', 'guide-outline'],
  ['phone-menu', 'translations'],
];

/**
 * No cycle between features either: every import between two features is one of the edges above
 * (the rules below refuse any other), so edges without a cycle mean features without one.
 */
function featureCycle(edges) {
  const next = new Map();
  for (const [from, to] of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const visiting = new Set();
  const done = new Set();
  const visit = (feature, trail) => {
    if (visiting.has(feature)) return [...trail.slice(trail.indexOf(feature)), feature];
    if (done.has(feature)) return undefined;
    visiting.add(feature);
    for (const to of next.get(feature) ?? []) {
      const cycle = visit(to, [...trail, feature]);
      if (cycle) return cycle;
    }
    visiting.delete(feature);
    done.add(feature);
    return undefined;
  };
  for (const [from] of edges) {
    const cycle = visit(from, []);
    if (cycle) return cycle;
  }
  return undefined;
}
const cycle = featureCycle(knownFeatureEdges);
if (cycle) throw new Error(`.dependency-cruiser.cjs : cycle entre fonctionnalités, ${cycle.join(' → ')}. Retirez l’un de ces liens.`);

const notTests = '(^|/)(__tests__|__fixtures__)/|\\.test\\.[jt]sx?$';

const features = fs
  .readdirSync(path.join(__dirname, 'src', 'features'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** One rule per feature: it may import itself, and the features its known edges name. */
const featureRules = features.map((feature) => {
  const allowed = [feature, ...knownFeatureEdges.filter(([from]) => from === feature).map(([, to]) => to)];
  return {
    name: `feature-${feature}-stands-alone`,
    comment: `La fonctionnalité ${feature} n’importe qu’elle-même et src/shared (les liens restants sont listés dans .dependency-cruiser.cjs).`,
    severity: 'error',
    from: {path: `^src/features/${feature}/`, pathNot: notTests},
    // Its own folder; another feature only through its declared entry: `public.ts` (Node side) or
    // `theme/public.ts` (components), and only along the edges listed above.
    to: {
      path: '^src/features/',
      pathNot: [`^src/features/${feature}/`, ...allowed.filter((name) => name !== feature).map((name) => `^src/features/${name}/(theme/)?public\\.tsx?$`)],
    },
  };
});

module.exports = {
  forbidden: [
    ...featureRules,
    {
      name: 'shared-imports-no-feature',
      comment: 'Le code partagé (src/shared) n’importe aucune fonctionnalité.',
      severity: 'error',
      from: {path: '^src/shared/', pathNot: notTests},
      to: {path: '^src/(features/|content-pipeline\\.ts$)'},
    },
    {
      name: 'only-the-checker-runs-the-pipeline',
      comment:
        'Le Markdown du site est assemblé par src/content-pipeline.ts (à côté de la configuration) ; seule la vérification du contenu le reprend, pour dire ce qui arrêterait la construction.',
      severity: 'error',
      from: {path: '^src/features/(?!content-checks/)', pathNot: notTests},
      to: {path: '^src/content-pipeline\\.ts$'},
    },
    {
      name: 'no-circular',
      comment: 'Aucun cycle d’imports.',
      severity: 'error',
      from: {pathNot: notTests},
      to: {circular: true},
    },
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    exclude: {path: '^(node_modules|build|tests/\\.output|\\.docusaurus)'},
    tsConfig: {fileName: 'tsconfig.json'},
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
