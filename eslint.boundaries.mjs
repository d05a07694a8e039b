// Module boundaries (DESIGN.md: one library per domain, imported through its alias): each
// library may import only the libraries of the layers below it. eslint-plugin-boundaries
// classifies the importing file by its folder; the imported library is named by its @cop/ alias.
import boundaries from 'eslint-plugin-boundaries';

/** The layers, lowest first. A library imports only from layers below its own. */
export const LAYERS = [
  ['platform', 'web-routes', 'survey-logic'],
  ['identity'],
  ['community', 'surveys'],
  ['expertise'],
  ['knowledge', 'news', 'newsletter', 'use-cases', 'initiatives'],
  ['meetings'],
  ['reports'],
  ['digests'],
  ['privacy'],
];

const below = (layer) => LAYERS.slice(0, layer).flat();
const all = LAYERS.flat();

export const boundariesConfig = [
  {
    files: ['libs/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [{ type: 'lib', pattern: 'libs/*', capture: ['name'] }],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          // The @cop/ aliases are not resolved here, so libraries read as external modules.
          checkAllOrigins: true,
          policies: LAYERS.flatMap((names, layer) =>
            names.map((name) => ({
              from: { element: { type: 'lib', captured: { name } } },
              disallow: {
                to: {
                  module: {
                    origin: 'external',
                    source: `@cop/{${all.filter((other) => !below(layer).includes(other)).join(',')}}`,
                  },
                },
              },
              message: `libs/${name} may import only ${
                below(layer)
                  .map((n) => `@cop/${n}`)
                  .join(', ') || 'no other library'
              } (the layers below it, eslint.boundaries.mjs)`,
            })),
          ),
        },
      ],
    },
  },
  {
    // The test helpers use libraries through their aliases like any test; Jest's globalSetup is the
    // exception (it runs without moduleNameMapper, so it imports the few files it needs by path).
    files: ['libs/testing/**/*.ts'],
    ignores: ['libs/testing/src/global-setup.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../*/src/**', '**/libs/*/src/**'],
              message: 'libs/testing uses a library through its @cop/ alias, not its source files.',
            },
          ],
        },
      ],
    },
  },
];
