/**
 * Runs one build step as a child process and measures it: wall time, CPU time (user + system,
 * all descendants) and peak RSS.
 *
 * Peak RSS is the kernel's ru_maxrss for the children, which is the largest single process in
 * the tree (e.g. the pagefind_extended binary under its Node wrapper), not a sum.
 * GNU time (`/usr/bin/time -v`) reports it; when that is missing we fall back to the kernel's
 * child CPU counters in /proc/self/stat and polling /proc for the tree's RSS, which can miss a
 * short peak between two samples, so the method is recorded with every figure.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StepResult {
  name: string;
  command: string;
  ok: boolean;
  exitCode: number;
  wallMs: number;
  /** User + system CPU of the whole process tree. */
  cpuMs: number;
  userMs: number;
  systemMs: number;
  peakRssMiB: number;
  method: 'gnu-time' | 'proc-poll';
  /** 1-minute load average before the step: a busy shared machine shows here. */
  loadBefore: number;
  /** The last lines the step printed (all of it goes to the log file). */
  tail: string;
}

const GNU_TIME = '/usr/bin/time';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Append everything the step prints here. */
  logFile: string;
}

/** Runs `command` through `sh -c` (so a package.json script line runs as npm would run it). */
export async function measure(name: string, command: string, options: RunOptions): Promise<StepResult> {
  const loadBefore = loadavg()[0] ?? 0;
  const useTime = existsSync(GNU_TIME);
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const argv = useTime ? [GNU_TIME, '-v', '-o', timeFile, 'sh', '-c', command] : ['sh', '-c', command];
  const childCpuBefore = childCpuTicks();
  const started = performance.now();
  const { code, tail, polledPeakKiB } = await run(argv, options, !useTime);
  const wallMs = performance.now() - started;

  let userMs: number;
  let systemMs: number;
  let peakKiB: number;
  if (useTime && existsSync(timeFile)) {
    const text = readFileSync(timeFile, 'utf8');
    rmSync(timeFile, { force: true });
    const field = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(text)?.[1] ?? Number.NaN);
    userMs = field('User time \\(seconds\\)') * 1000;
    systemMs = field('System time \\(seconds\\)') * 1000;
    peakKiB = field('Maximum resident set size \\(kbytes\\)');
  } else {
    const after = childCpuTicks();
    userMs = ((after.user - childCpuBefore.user) * 1000) / TICKS_PER_SECOND;
    systemMs = ((after.system - childCpuBefore.system) * 1000) / TICKS_PER_SECOND;
    peakKiB = polledPeakKiB;
  }
  return {
    name,
    command,
    ok: code === 0,
    exitCode: code,
    wallMs: Math.round(wallMs),
    cpuMs: Math.round(userMs + systemMs),
    userMs: Math.round(userMs),
    systemMs: Math.round(systemMs),
    peakRssMiB: Math.round(peakKiB / 1024),
    method: useTime ? 'gnu-time' : 'proc-poll',
    loadBefore: Math.round(loadBefore * 100) / 100,
    tail,
  };
}

function run(
  argv: string[],
  options: RunOptions,
  poll: boolean,
): Promise<{ code: number; tail: string; polledPeakKiB: number }> {
  return new Promise((resolve) => {
    const [file, ...args] = argv as [string, ...string[]];
    const child = spawn(file, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const log: Buffer[] = [];
    const keep = (chunk: Buffer) => {
      log.push(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const timer = poll
      ? setInterval(() => {
          if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid));
        }, 100)
      : undefined;
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      appendFileSync(options.logFile, Buffer.concat(log));
      resolve({ code: code ?? 1, tail, polledPeakKiB: peak });
    });
  });
}

// Linux reports CPU in clock ticks; USER_HZ is 100 on every mainstream kernel.
const TICKS_PER_SECOND = 100;

/** cutime and cstime of this process: CPU of children that have exited and been reaped. */
function childCpuTicks(): { user: number; system: number } {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name, field 3 is index 0; cutime is field 16, cstime field 17.
  return { user: Number(fields[13]), system: Number(fields[14]) };
}

/** Summed RSS of `pid` and its descendants, from /proc. */
function treeRssKiB(root: number): number {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = parents.get(ppid) ?? [];
      list.push(Number(entry));
      parents.set(ppid, list);
    } catch {
      // The process exited while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // Gone already.
    }
    stack.push(...(parents.get(pid) ?? []));
  }
  return total;
}
