// Preloaded by the benchmarks (`node --import`): records the process's peak memory (KB) and CPU
// time (user + system, ms, every thread) at exit, as `maxRssKb cpuMs`.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.POLICYLINT_RSS_FILE) return;
  const u = process.resourceUsage();
  writeFileSync(process.env.POLICYLINT_RSS_FILE, `${u.maxRSS} ${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}`);
});
