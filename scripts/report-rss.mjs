// Preloaded by the benchmark (`node --import`): records the process's peak memory at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.POLICYLINT_RSS_FILE) writeFileSync(process.env.POLICYLINT_RSS_FILE, String(process.resourceUsage().maxRSS));
});
