import {cpus, freemem, platform, release, totalmem} from 'node:os';
import {readFileSync} from 'node:fs';

// What the numbers were measured on.

export type Machine = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  load: string;
};

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    load: loadNote(),
  };
}

// Other work on the machine skews timings; the free memory and load average say how busy it was.
function loadNote(): string {
  const free = `${Math.round(freemem() / 1024 ** 3)} GiB free`;
  try {
    const [one = '?', five = '?'] = readFileSync('/proc/loadavg', 'utf8').split(' ');
    return `load ${one} / ${five} (1 / 5 min), ${free}`;
  } catch {
    return free;
  }
}

// CPU time the process has used so far (user + system), from /proc: Linux only, in steps of
// one clock tick (10 ms on most systems).
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

// A memory figure of a process from Linux's /proc/PID/status, in MiB; null elsewhere.
function statusMiB(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

// Peak resident memory so far.
export const peakRssMiB = (pid: number) => statusMiB(pid, 'VmHWM');
// Resident memory now.
export const rssMiB = (pid: number) => statusMiB(pid, 'VmRSS');
