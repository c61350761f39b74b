// The ESM build sits in dist/esm; Node needs this marker to load its .js files as modules.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

writeFileSync(join(__dirname, '..', 'dist', 'esm', 'package.json'), '{ "type": "module" }\n');
