// Preloaded into a measured process: reports its peak resident memory on stderr when it exits.
process.on('exit', () => {
  process.stderr.write(`\nSUP_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
