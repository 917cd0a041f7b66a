import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, copyRealData } from './helpers.js';

/** Runs `sup new <kind>` in a real pseudo-terminal (util-linux `script`), answering each question when its prompt appears. */
function inTerminal(dir: string, kind: string, answers: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} -C ${JSON.stringify(dir)} new ${kind}`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'dumb', NO_COLOR: '1' } });
    let output = '';
    let given = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no answer expected any more; output so far: ${output}`));
    }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      // A question ends in ": " and waits; the pseudo-terminal echoes the answer, so each prompt is answered once.
      if (/: $/.test(output) && given < answers.length) child.stdin.write(`${answers[given++]}\r`);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('sup new in a real pseudo-terminal', () => {
  test('asks in correct Swedish, proposes the id and takes the one the person types instead', async () => {
    const dir = copyRealData();
    const r = await inTerminal(dir, 'nätverk', ['Nätverk för mobilitetsstrateger', 'mobilitetsstrateg', 'mobilitet']);
    expect(r.code).toBe(0);
    const lines = r.output.split(/\r?\n/).map((l) => l.replace(/\r/g, ''));
    expect(lines[0]).toBe('Nytt nätverk. Fyll i uppgifterna nedan (Ctrl-C avbryter).');
    expect(lines).toContain('id – filens id, tomt svar tar förslaget [natverk-for-mobilitetsstrateger]: mobilitet');
    expect(r.output).toContain('Skapade data/natverk/mobilitet.md (nätverk "mobilitet").');
    expect(existsSync(join(dir, 'data/natverk/natverk-for-mobilitetsstrateger.md'))).toBe(false);
    expect(readFileSync(join(dir, 'data/natverk/mobilitet.md'), 'utf8')).toContain('id: mobilitet\nnamn: Nätverk för mobilitetsstrateger\n');
  });
});
