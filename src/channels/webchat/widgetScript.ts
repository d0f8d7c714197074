// Builds /widget.js: the embed script from assets, called with this server's brand and texts as its defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSET_FOLDER } from './assetFolder';
import type { Brand } from './brand';
import { PAGE_TEXT } from './pageText';

export function renderWidgetScript(brand: Brand): string {
  const source = readFileSync(join(ASSET_FOLDER, 'widget.js'), 'utf8').trimEnd();
  const defaults = {
    brandName: brand.name,
    primaryColor: brand.primaryColor,
    text: { en: { openChat: PAGE_TEXT.en.openChat }, zh: { openChat: PAGE_TEXT.zh.openChat } },
  };
  return `${source}(${JSON.stringify(defaults)});\n`;
}
