import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, TODAY, copyRealData } from './helpers.js';

/**
 * Resolves with everything written so far once `pattern` appears in the stream's text after `from`.
 * The timeout is generous on purpose: on a machine shared by several test suites a re-check can
 * take seconds; the test waits for the content, never for a fixed time.
 */
function waitFor(read: () => string, pattern: RegExp, from = 0, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const text = read().slice(from);
      if (pattern.test(text)) return resolve(text);
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${pattern}: ${text}`));
      setTimeout(tick, 20);
    };
    tick();
  });
}

describe('sup check --watch', () => {
  it('re-prints findings after each change on disk and ends cleanly on Ctrl-C', async () => {
    const root = copyRealData();
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
    expect(out).toBe('✔ Inga fel i 87 filer.\n');
    const file = join(root, 'data', 'mal', 'klimatomstallning.md');
    const text = readFileSync(file, 'utf8');
    let mark = out.length;
    writeFileSync(file, text.replace('ägare: klimatstrateger', 'ägare: klimatstrategerna'));
    const broken = await waitFor(() => out, /✖ 1 fel/, mark);
    expect(broken).toContain('data/mal/klimatomstallning.md:9:8');
    expect(broken).toContain('klimatstrategerna');
    mark = out.length;
    // One save, no second one to help: the watch looks at a batch's files once more after it, so
    // an event chokidar drops (a second one within 5 ms of the first) cannot lose the save.
    writeFileSync(file, text);
    expect(await waitFor(() => out, /Inga fel/, mark)).toMatch(/^(✔ Inga fel i 87 filer\.\n)+$/);
    // And a third change, right after the re-print, is seen too.
    mark = out.length;
    writeFileSync(file, text.replace('ägare: klimatstrateger', 'ägare: okant-natverk'));
    expect(await waitFor(() => out, /✖ 1 fel/, mark)).toContain('okant-natverk');
    expect(err).toMatch(/Kontrollerade om på \d+ ms\./);
    child.kill('SIGINT');
    // The exit code is the last check's: it found an error.
    expect(await exited).toBe(1);
    expect(err.endsWith('sup check --watch: avslutad.\n')).toBe(true);
    expect(err).not.toContain('internt fel');
  }, 180_000);

  it('refuses --watch with another format', async () => {
    const root = copyRealData();
    const child = spawn(process.execPath, [BIN, 'check', '--watch', '--format', 'json'], { cwd: root, env: { ...process.env, LANG: 'sv_SE.UTF-8' } });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(2);
    expect(err).toBe('sup check: --watch skriver bara läsbar text och går inte att kombinera med --format eller --changed-since.\n');
  });
});
