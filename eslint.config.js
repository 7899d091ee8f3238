// ESLint flat config: @eslint/js and typescript-eslint recommended, react-hooks, the layer rules
// (docs/architecture.md: what each top folder may import), prettier last.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

/** Imports a layer may not make, by what the import names (relative paths name the folder they reach into). */
const LAYERS = {
  cli: {
    regex: '(^|/)cli/',
    message: 'nothing outside cli/ imports the CLI: move what both need to graph-store/ or model/',
  },
  loader: { regex: '(^|/)graph-loader/', message: 'this layer may not import the loader (docs/architecture.md)' },
  store: { regex: '(^|/)graph-store/', message: 'this layer may not import graph-store (docs/architecture.md)' },
  web: { regex: '(^|/)web/', message: 'this layer may not import the explorer (docs/architecture.md)' },
  server: { regex: '(^|/)server/', message: 'the browser may not import the server: share types through #model/' },
  browser: { regex: '(^|/)web/src/|^(\\.\\./)+src/', message: 'the server may not import browser code' },
  testing: { regex: '(^|/)(testing|e2e)/', message: 'only tests import test support' },
};
const NODE = {
  paths: [...builtinModules, 'neo4j-driver'].map((name) => ({ name, message: 'no Node or driver code here' })),
  patterns: [{ regex: '^node:', message: 'no Node code here' }],
};
const REACT = [{ regex: '^react(-dom)?($|/)', message: 'the model has no React' }];

/** One config that forbids `layers` (and Node, the driver or React) to the given files. */
function restrict(files, layers, { node = false, react = false, ignores = [] } = {}) {
  const patterns = [...layers.map((l) => LAYERS[l]), ...(node ? NODE.patterns : []), ...(react ? REACT : [])];
  return {
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { paths: node ? NODE.paths : [], patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.newsgraph', 'neo4j-launcher/target', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The layers (docs/architecture.md). A later config replaces an earlier one's list for its files.
  restrict(['**/*.{ts,tsx,js}'], ['cli'], { ignores: ['cli/**'] }),
  restrict(['model/**/*.ts'], ['cli', 'loader', 'store', 'web', 'testing'], {
    node: true,
    react: true,
    ignores: TESTS,
  }),
  restrict(['web/src/**/*.{ts,tsx}'], ['cli', 'loader', 'store', 'server', 'testing'], { node: true }),
  restrict(['graph-store/**/*.ts'], ['cli', 'loader', 'web', 'testing'], { ignores: TESTS }),
  restrict(['graph-loader/src/**/*.ts'], ['cli', 'web', 'testing'], { ignores: TESTS }),
  restrict(['web/server/**/*.ts'], ['cli', 'browser', 'testing'], { ignores: TESTS }),
  restrict(['cli/**/*.ts'], ['web', 'testing'], { ignores: TESTS }),
  prettier,
);
