/**
 * Packages that ship ES modules only and that @baton/sdk reaches: feelin and its parser (lezer-feel, min-dash,
 * temporal-polyfill, temporal-utils) and feelers (form templating, with its own @bpmn-io/feelin and parsers).
 * Node 20.19+ can require() them, but jest's module registry cannot, so swc turns them into CommonJS for the
 * tests of the sdk and of every package that imports it (plugins/jest.base.js).
 */
module.exports = ['feelin', 'lezer-feel', 'min-dash', 'temporal-polyfill', 'temporal-utils', 'feelers', '@bpmn-io/feelin', '@bpmn-io/lezer-feel', '@bpmn-io/lezer-feelers'];
