/**
 * Crash-test hook: when env PARK_FAILPOINTS (comma-separated) names this point, the process
 * kills itself on the spot, exactly as a power cut would, with no cleanup and no flush.
 */
export function failpoint(name: string, env: NodeJS.ProcessEnv = process.env): void {
  if (failpointEnabled(name, env)) process.kill(process.pid, 'SIGKILL');
}

export function failpointEnabled(name: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return (env['PARK_FAILPOINTS'] ?? '')
    .split(',')
    .map((point) => point.trim())
    .includes(name);
}
