// The HTML of the support page: a branded header and a panel the official Web Chat fills, standalone or embedded.
import type { Language } from '../../domain/vocabulary';
import { brandInitials, type Brand } from './brand';
import { PAGE_TEXT } from './pageText';

export const WEBCHAT_ASSET_PATH = '/webchat';

export interface ChatPageOptions {
  brand: Brand;
  /** Inside the widget's iframe: no backdrop, and a close button that tells the host page. */
  embedded: boolean;
  /** The language to start in when the visitor has not chosen one yet. */
  language?: Language;
}

/** What the page script reads from the page (kept in a JSON block, so no inline script is needed). */
export interface ChatPageConfig {
  brand: Brand & { initials: string };
  embedded: boolean;
  language?: Language;
  directLineDomain: string;
  tokenPath: string;
  text: typeof PAGE_TEXT;
}

export function renderChatPage({ brand, embedded, language }: ChatPageOptions): string {
  const startIn = language ?? 'en';
  const text = PAGE_TEXT[startIn];
  const config: ChatPageConfig = {
    brand: { ...brand, initials: brandInitials(brand.name) },
    embedded,
    language,
    directLineDomain: '/v3/directline',
    tokenPath: '/api/webchat/token',
    text: PAGE_TEXT,
  };
  const name = escapeHtml(brand.name);
  return `<!doctype html>
<html lang="${startIn === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="${brand.primaryColor}">
<title>${name} · ${escapeHtml(text.titleSuffix)}</title>
<link rel="icon" href="${favicon(brand)}">
<link rel="stylesheet" href="${WEBCHAT_ASSET_PATH}/chat-page.css">
<style>:root { --brand: ${brand.primaryColor}; }</style>
</head>
<body class="${embedded ? 'embedded' : 'standalone'}">
<main class="chat-shell">
  <section class="chat-panel" aria-label="${name}">
    <header class="chat-header">
      <div class="brand-mark" aria-hidden="true">${escapeHtml(brandInitials(brand.name))}</div>
      <div class="brand-text">
        <h1 class="brand-name">${name}</h1>
        <p class="brand-subtitle"><span data-text="subtitle">${escapeHtml(text.subtitle)}</span>
          <span class="status" data-status="connecting"><span class="status-dot"></span><span class="status-label">${escapeHtml(text.connecting)}</span></span></p>
      </div>
      <div class="header-actions">
        <div class="language-toggle" role="group" aria-label="${escapeHtml(text.languageLabel)}" data-label="languageLabel">
          <button type="button" data-language="en" aria-pressed="${startIn === 'en'}" lang="en" aria-label="English"><span class="label-long">English</span><span class="label-short">EN</span></button>
          <button type="button" data-language="zh" aria-pressed="${startIn === 'zh'}" lang="zh-CN">中文</button>
        </div>
        <button type="button" class="icon-button new-chat" data-title="newChat" title="${escapeHtml(text.newChat)}" aria-label="${escapeHtml(text.newChat)}">
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 5v14M5 12h14"/></svg>
        </button>
        ${embedded ? `<button type="button" class="icon-button close-chat" data-title="closeChat" title="${escapeHtml(text.closeChat)}" aria-label="${escapeHtml(text.closeChat)}">
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>
        </button>` : ''}
      </div>
    </header>
    <p class="notice" role="status" data-text="conversationEnded" hidden>${escapeHtml(text.conversationEnded)}</p>
    <div id="webchat" class="chat-body"></div>
  </section>
</main>
<script id="chat-config" type="application/json">${jsonForHtml(config)}</script>
<script src="${WEBCHAT_ASSET_PATH}/webchat.js"></script>
<script src="${WEBCHAT_ASSET_PATH}/chat-page.js"></script>
</body>
</html>
`;
}

// The brand mark as a data: icon, so the tab shows the brand without another request.
function favicon(brand: Brand): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="16" fill="${brand.primaryColor}"/>` +
    `<text x="32" y="42" font-family="Arial,sans-serif" font-size="26" font-weight="700" fill="#fff" text-anchor="middle">` +
    `${escapeHtml(brandInitials(brand.name))}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

// JSON inside <script> must not be able to close the element.
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
