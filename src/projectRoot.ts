// Where the project's own files (data, corpora, model, page assets) are, whether the code runs from its TypeScript
// sources (tsx, tests) or compiled into dist/ (npm start): the nearest folder above this file with a package.json.
import { existsSync } from 'node:fs';
import path from 'node:path';

function nearestPackageFolder(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`projectRoot: no package.json above ${start}`);
  }
}

export const PROJECT_ROOT = nearestPackageFolder(__dirname);
