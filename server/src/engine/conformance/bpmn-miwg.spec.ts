import { readFileSync, readdirSync } from 'node:fs';
import { corpusDir } from './corpus-dir.js';
import { deployOutcome } from './deploy-outcome.js';

const dir = corpusDir('bpmn-miwg');
const files = readdirSync(dir).filter((file) => file.endsWith('.bpmn')).sort();

describe('MIWG reference models', () => {
  it('are all 21 present', () => {
    // given the shared corpus / then the suite is complete
    expect(files).toHaveLength(21);
  });

  it('each deploys or is refused with clear problems, never a crash', async () => {
    // given every reference model / when deployed
    const rows: Record<string, string> = {};
    const table: string[] = ['file | processes | elements | result'];
    for (const file of files) {
      const outcome = await deployOutcome(readFileSync(`${dir}/${file}`, 'utf8'));
      // then a refusal always explains itself in both languages
      if (!outcome.deployed) expect(outcome.problems.length).toBeGreaterThan(0);
      for (const problem of outcome.problems) expect(problem.message.en && problem.message['zh-CN']).toBeTruthy();
      rows[file] = outcome.summary;
      table.push(`${file} | ${outcome.processes} | ${outcome.elements} | ${outcome.summary}`);
    }
    console.log(table.join('\n'));
    // and the outcome per file is stable
    expect(rows).toMatchSnapshot();
    // 21 documents through bpmnlint: about 4 s on a quiet 2-core VM, more beside other suites
  }, 30_000);
});
