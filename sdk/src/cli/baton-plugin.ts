#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './commands.js';

const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
void runCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) }, version).then((code) => {
  process.exitCode = code;
});
