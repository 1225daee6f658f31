// `npm run bench [folder]`: ratios taken in one run on this machine (issue 7 adds the generated
// corpus and the parse-only floor). Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/policylint.js', import.meta.url));
const target = process.argv[2];
const runs = Number(process.env.BENCH_RUNS ?? 15);

function median(cmd, args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    spawnSync(cmd, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const bare = median(process.execPath, ['-e', '0']);
const version = median(process.execPath, [bin, '--version']);
const oneFile = median(process.execPath, [bin, '--format', 'json', 'examples/pccs-deployer/main.tf']);
const oneJson = median(process.execPath, [bin, '--format', 'json', 'examples/pccs-deployer/repository-policy.json']);
console.log(`node -e 0                 ${bare.toFixed(1)} ms`);
console.log(`policylint --version      ${version.toFixed(1)} ms  (${(version / bare).toFixed(2)}x bare node)`);
console.log(`one .tf file              ${oneFile.toFixed(1)} ms  (${(oneFile / bare).toFixed(2)}x bare node)`);
console.log(`one JSON policy           ${oneJson.toFixed(1)} ms  (${(oneJson / bare).toFixed(2)}x bare node)`);
if (target) {
  const whole = median(process.execPath, [bin, '--format', 'json', target]);
  console.log(`${target}  ${whole.toFixed(1)} ms`);
}
