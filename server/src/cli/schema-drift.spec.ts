import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSchema, SCHEMA_FILE } from './generate-schema.js';

describe('GraphQL schema', () => {
  it('matches the committed server/schema.graphql (run `npm run schema:generate -w @baton/server` after API changes)', async () => {
    // given the code-first resolvers / when the SDL is generated
    const file = join(mkdtempSync(join(tmpdir(), 'baton-schema-')), 'schema.graphql');
    await generateSchema(file);
    // then it is byte-identical to the committed file the web client's types are generated from
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
