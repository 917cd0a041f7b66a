#!/usr/bin/env node
// The `sup` executable: runs the compiled CLI (npm ci builds dist/ through the prepare script).
import { main } from '../dist/cli/main.js';

// A reader that stops early (`sup report 2025 | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// A working folder that was removed under the shell cannot be resolved; say so instead of a stack trace.
let cwd;
try {
  cwd = process.cwd();
} catch {
  const en = /^en([_.@-]|$)/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
  process.stderr.write(
    en
      ? 'sup: the working folder no longer exists (it may have been removed). Change to a folder that exists and try again.\n'
      : 'sup: arbetsmappen finns inte längre (den kan ha tagits bort). Byt till en mapp som finns och försök igen.\n',
  );
  process.exit(2);
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stderr: (text) => process.stderr.write(text),
  cwd,
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
});
