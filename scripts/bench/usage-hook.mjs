// Loaded into the tolk child with `node --import`: at exit, writes the process's own CPU time and
// peak RSS to $TOLK_BENCH_USAGE, so the benchmark measures tolk alone (not the mock, not itself).
import { writeFileSync } from 'node:fs';

const file = process.env.TOLK_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        userMs: usage.userCPUTime / 1000,
        systemMs: usage.systemCPUTime / 1000,
        maxRssKb: usage.maxRSS,
        uptimeMs: process.uptime() * 1000,
      }),
    );
  });
}
