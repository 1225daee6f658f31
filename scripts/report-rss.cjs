// Preloaded by the benchmarks (`node --require`): records the process's peak memory (KB) and CPU
// time (user + system, ms, every thread) at exit, as `maxRssKb cpuMs`. CommonJS: an ES module
// preload would set up Node's ES module loader in every measured process, bare node included,
// which costs ~9 ms and hides what an ES module entry costs (issue 16).
'use strict';
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (!process.env.POLICYLINT_RSS_FILE) return;
  const u = process.resourceUsage();
  writeFileSync(process.env.POLICYLINT_RSS_FILE, `${u.maxRSS} ${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}`);
});
