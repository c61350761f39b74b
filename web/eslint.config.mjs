// Lint config for the web app: .vue single-file components (eslint-plugin-vue) with TypeScript (typescript-eslint).
// The repo-root config ignores web/, so this file stands alone. Formatting is Prettier's job, not ESLint's.
import pluginVue from 'eslint-plugin-vue';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'src/gql/', 'test-results/', 'coverage/']),
  {
    files: ['**/*.ts', '**/*.vue', '**/*.mjs'],
    extends: [tseslint.configs.recommended, pluginVue.configs['flat/recommended']],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Layout of templates is left to Prettier.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
      'vue/component-name-in-template-casing': ['error', 'PascalCase', { registeredComponentsOnly: true }],
      'vue/no-v-html': 'error',
    },
  },
  {
    files: ['src/App.vue'],
    rules: { 'vue/multi-word-component-names': 'off' },
  },
]);
