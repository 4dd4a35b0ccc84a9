import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPathFromArgv } from './launchArguments';

const cwd = resolve('/home/user');

describe('documentPathFromArgv', () => {
  it('finds the file after the executable in a packaged app', () => {
    expect(documentPathFromArgv(['/opt/htd/htd', '/designs/Contoso.topo.json'], { isDefaultApp: false, workingDirectory: cwd })).toBe(
      resolve('/designs/Contoso.topo.json'),
    );
  });

  it('skips the app folder and switches in development, and resolves relative paths', () => {
    const argv = ['/x/electron', '.', '--inspect=0', '--original-process-start-time=1', 'designs/a.topo.json'];
    expect(documentPathFromArgv(argv, { isDefaultApp: true, workingDirectory: cwd })).toBe(resolve(cwd, 'designs/a.topo.json'));
  });

  it('ignores anything that is not a .json file', () => {
    expect(documentPathFromArgv(['/x/electron', '.', '/etc/passwd', 'README.md'], { isDefaultApp: true, workingDirectory: cwd })).toBeNull();
    expect(documentPathFromArgv(['/opt/htd/htd'], { isDefaultApp: false, workingDirectory: cwd })).toBeNull();
  });
});
