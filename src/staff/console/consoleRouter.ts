// GET /staff: the staff console (static page, script and styles beside this file) and the texts and brand it starts from.
import { statSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { PROJECT_ROOT } from '../../projectRoot';
import { CASE_STATUSES } from '../../domain/repairCase';
import { brandInitials, resolveBrand, type Brand } from '../../channels/webchat/brand';
import { STAFF_API_PATH } from '../staffRouter';
import en from './i18n.en.json';
import zh from './i18n.zh.json';

export const CONSOLE_PATH = '/staff';
const ASSET_PATH = '/staff/console';
// Compiled code (dist/) reads the page's files from the sources too.
const ASSET_FOLDER = path.join(PROJECT_ROOT, 'src', 'staff', 'console', 'assets');

export interface ConsoleDeps {
  brand?: Partial<Brand>;
  /** Where customers' uploads are served from (PUBLIC_BASE_URL), which the page may show as pictures. */
  publicOrigin: () => string;
}

/** What console.js starts from. */
export interface ConsoleConfig {
  brand: Brand & { initials: string };
  apiPath: string;
  caseStatuses: readonly string[];
  text: { en: typeof en; zh: typeof en };
}

export function createConsoleRouter(deps: ConsoleDeps): Router {
  const brand = resolveBrand(deps.brand);
  const consoleConfig: ConsoleConfig = {
    brand: { ...brand, initials: brandInitials(brand.name) },
    apiPath: STAFF_API_PATH,
    caseStatuses: CASE_STATUSES,
    text: { en, zh },
  };
  const router = express.Router();
  const page = sendFile('index.html', 'no-cache');

  router.get(CONSOLE_PATH, (request, response, next) => {
    response.set({
      'Content-Security-Policy': pagePolicy(deps.publicOrigin()),
      'Referrer-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    });
    page(request, response, next);
  });
  router.get(`${ASSET_PATH}/config.json`, (_request, response) => {
    response.set('Cache-Control', 'no-cache').json(consoleConfig);
  });
  router.get(`${ASSET_PATH}/console.js`, sendFile('console.js', 'no-cache'));
  router.get(`${ASSET_PATH}/console.css`, sendFile('console.css', 'no-cache'));
  return router;
}

// No inline script or style at all; pictures only from here and from where uploads are served.
function pagePolicy(publicOrigin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${publicOrigin}`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function sendFile(name: string, cacheControl: string): RequestHandler {
  const file = path.join(ASSET_FOLDER, name);
  // Checked at start-up: a missing file stops the server starting rather than breaking the console later.
  statSync(file);
  return (_request, response) => {
    response.set({ 'Cache-Control': cacheControl, 'X-Content-Type-Options': 'nosniff' }).sendFile(file);
  };
}
