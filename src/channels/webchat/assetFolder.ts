// The page's static files stay beside their sources; compiled code (dist/) reads them from there too.
import path from 'node:path';
import { PROJECT_ROOT } from '../../projectRoot';

export const ASSET_FOLDER = path.join(PROJECT_ROOT, 'src', 'channels', 'webchat', 'assets');
