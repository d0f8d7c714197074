// A scratch directory under the system temp folder where tests write the data files they load.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class TempDataDir {
  private readonly dir = mkdtempSync(join(tmpdir(), 'netposa-registry-test-'));

  write(name: string, text: string): string {
    const path = join(this.dir, name);
    writeFileSync(path, text, 'utf8');
    return path;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
