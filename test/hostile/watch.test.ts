import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, TODAY, copyRealData, runBin, tempDir } from '../helpers.js';

/*
 * `sup check --watch` runs while a checked-out pull request changes under it (a `git checkout`, a
 * script, a hostile branch). What appears in the tree is data like any other: a link out of the
 * project, a FIFO that would hang a reader, a burst of a thousand files, a file that becomes a
 * folder. The watch must report each as `sup check` does, never read outside the root, never hang
 * and stay bounded; its last output must be exactly that of a fresh `sup check` on the same tree.
 */

/** Resolves once `pattern` appears in the text after `from`; waits by content, with a generous timeout for a shared machine. */
function waitFor(read: () => string, pattern: RegExp | ((s: string) => boolean), from = 0, timeoutMs = 90_000): Promise<string> {
  const test = typeof pattern === 'function' ? pattern : (s: string) => pattern.test(s);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const text = read().slice(from);
      if (test(text)) return resolve(text);
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${String(pattern)}: ${text.slice(-2000)}`));
      setTimeout(tick, 25);
    };
    tick();
  });
}

/** The peak resident memory of a process, in MB. */
function peakMb(pid: number): number {
  return Number(/^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

const fresh = (root: string) => runBin(['check', '--today', TODAY], { cwd: root, env: { NO_COLOR: '1', LANG: 'sv_SE.UTF-8' } }).stdout;

describe('hostile: sup check --watch', () => {
  test('links out, a FIFO, a file turned folder and a burst of 1,000 files: each reported like sup check, nothing read outside, bounded, the last output exact', async () => {
    const root = copyRealData();
    const outside = tempDir();
    writeFileSync(join(outside, 'hemlig.md'), '---\ntyp: mål\nid: hemlig\nnivå: övergripande\ntitel: HEMLIG TITEL\n---\n');
    // A FIFO outside as well: a watch that followed a link to it would hang on the read.
    execFileSync('mkfifo', [join(outside, 'ror.md')]);
    const child = spawn(process.execPath, [BIN, 'check', '--watch', '--today', TODAY], { cwd: root, env: { ...process.env, LANG: 'sv_SE.UTF-8', NO_COLOR: '1' } });
    let out = '';
    let err = '';
    // Decoded as one stream: a chunk may end inside a character (å is two bytes).
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (err += String(d)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await waitFor(() => err, /Väntar på ändringar …/);

    // Links out of the project appear under data/ while watching: a linked folder, a link to a file and one to a FIFO outside.
    let mark = out.length;
    symlinkSync(outside, join(root, 'data', 'ut'));
    symlinkSync(join(outside, 'hemlig.md'), join(root, 'data', 'mal', 'hemlig.md'));
    symlinkSync(join(outside, 'ror.md'), join(root, 'data', 'mal', 'ror.md'));
    const linked = await waitFor(() => out, (s) => s.includes('data/mal/hemlig.md') && s.includes('data/mal/ror.md') && /i \d+ filer\.\n$/.test(s), mark);
    expect(linked).toContain('Länken pekar utanför projektet och följs inte.');
    expect(linked).not.toContain('HEMLIG');

    // A FIFO appears inside the project: reported, never opened (the watch goes on answering).
    mark = out.length;
    execFileSync('mkfifo', [join(root, 'data', 'mal', 'rorledning.md')]);
    const fifo = await waitFor(() => out, (s) => s.includes('data/mal/rorledning.md') && /filer\.\n$/.test(s), mark);
    expect(fifo).toContain('Det här är ingen vanlig fil');

    // A file replaced by a folder (with a file in it): the goal is gone, references to it are unknown.
    mark = out.length;
    rmSync(join(root, 'data', 'mal', 'tillganglighet.md'));
    mkdirSync(join(root, 'data', 'mal', 'tillganglighet.md'));
    writeFileSync(join(root, 'data', 'mal', 'tillganglighet.md', 'README.txt'), 'inte data\n');
    await waitFor(() => out, (s) => s.includes('"tillganglighet"') && /filer\.\n$/.test(s), mark);

    // A burst of 1,000 new files, a tenth of them broken, as fast as the disk takes them.
    const goal = readFileSync(join(root, 'data', 'mal', 'klimatomstallning.md'), 'utf8');
    mkdirSync(join(root, 'data', 'skur'));
    for (let i = 0; i < 1000; i++) {
      const text = goal.replace('id: klimatomstallning', `id: skur-${i}`).replace('ägare: klimatstrateger', i % 10 === 0 ? `ägare: finns-inte-${i}` : 'ägare: klimatstrateger');
      writeFileSync(join(root, 'data', 'skur', `skur-${i}.md`), text);
    }
    const expected = fresh(root);
    expect(expected).toContain('finns-inte-990');
    expect(expected).not.toContain('HEMLIG');
    // The last re-print is exactly what a fresh sup check prints for the same tree.
    await waitFor(() => out, (s) => s.endsWith(expected));
    expect(peakMb(child.pid!)).toBeLessThan(400);
    expect(child.exitCode).toBe(null);

    child.kill('SIGINT');
    expect(await exited).toBe(1);
    expect(err).not.toContain('internt fel');
    expect(err).not.toMatch(/\n\s+at /);
    expect(out + err).not.toContain('HEMLIG');
  }, 240_000);
});
