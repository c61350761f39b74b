import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * The shared corpora live beside the repository (`<x>/main` with `<x>/shared/corpus`). This file is
 * `main/server/src/engine/conformance/`, five levels below `<x>`. `BATON_CORPUS_DIR` overrides.
 */
export function corpusDir(...segments: string[]): string {
  const root = process.env.BATON_CORPUS_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..', 'shared/corpus');
  return path.join(root, ...segments);
}
