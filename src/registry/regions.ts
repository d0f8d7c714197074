// Works out which Chinese province (and city) a customer means, from free text in English, pinyin or Chinese.
import { CITIES, CITY_SUFFIX, PROVINCES, SUFFIX_BY_KIND } from './chinaPlaces';
import type { Language } from '../domain/vocabulary';

export interface Place {
  /** Canonical English name of the province-level division, e.g. `Zhejiang`, `Hong Kong`. */
  province: string;
  /** Canonical English name of the city, when the text names one. */
  city?: string;
}

interface PlaceMention {
  place: Place;
  start: number;
  /** Letters or characters matched; the longest mention is the most specific evidence. */
  length: number;
}

/** Latin spellings compare without case, accents, spaces, dashes or apostrophes: "Xi'an" = "Xian" = "xi an". */
function latinKey(name: string): string {
  return stripAccents(name).toLowerCase().replace(/[^a-z]/g, '');
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

const latinIndex = new Map<string, Place>();
const hanIndex = new Map<string, Place>();

function addName(index: Map<string, Place>, key: string, place: Place): void {
  const known = index.get(key);
  if (known && known.province !== place.province) {
    throw new Error(`regions: "${key}" names both ${known.province} and ${place.province}; mark one as ambiguous`);
  }
  // A province is indexed first and keeps its name when a city shares it (吉林 the province, 吉林市 the city).
  if (!known) index.set(key, place);
}

for (const province of PROVINCES) {
  const place: Place = { province: province.en };
  for (const latin of [province.en, ...(province.latinAliases ?? [])]) addName(latinIndex, latinKey(latin), place);
  for (const han of [province.zh, province.zh + SUFFIX_BY_KIND[province.kind], ...(province.zhAliases ?? [])]) {
    addName(hanIndex, han, place);
  }
}
for (const city of CITIES) {
  const place: Place = { province: city.province, city: city.en };
  if (!city.latinIsAmbiguous) {
    for (const latin of [city.en, ...(city.latinAliases ?? [])]) addName(latinIndex, latinKey(latin), place);
  }
  addName(hanIndex, city.zh + CITY_SUFFIX, place);
  if (!city.zhNeedsSuffix) addName(hanIndex, city.zh, place);
}

/** Romanised names run to at most five syllables written apart ("Wu Lu Mu Qi"). */
const MAX_WORDS_PER_NAME = 5;
const longestHanName = Math.max(...[...hanIndex.keys()].map((name) => name.length));

/** Whole words only, so "Xian" is not found inside "Xianyang"; a name may be spread over adjacent words ("Hang Zhou"). */
function latinMentions(text: string): PlaceMention[] {
  const words = [...text.matchAll(/[a-z]+/g)].map((match) => ({ word: match[0], start: match.index ?? 0 }));
  const mentions: PlaceMention[] = [];
  let next = 0;
  while (next < words.length) {
    let found: { place: Place; wordCount: number; length: number } | undefined;
    let joined = '';
    for (let count = 1; count <= MAX_WORDS_PER_NAME && next + count <= words.length; count += 1) {
      joined += words[next + count - 1].word;
      const place = latinIndex.get(joined);
      if (place) found = { place, wordCount: count, length: joined.length };
    }
    if (found) {
      mentions.push({ place: found.place, start: words[next].start, length: found.length });
      next += found.wordCount;
    } else {
      next += 1;
    }
  }
  return mentions;
}

/** Leftmost-longest scan, so 浙江西湖 yields 浙江 and not the 江西 straddling it. */
function hanMentions(text: string): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  let start = 0;
  while (start < text.length) {
    let length = Math.min(longestHanName, text.length - start);
    while (length > 1 && !hanIndex.has(text.slice(start, start + length))) length -= 1;
    const place = length > 1 ? hanIndex.get(text.slice(start, start + length)) : undefined;
    if (place) {
      mentions.push({ place, start, length });
      start += length;
    } else {
      start += 1;
    }
  }
  return mentions;
}

function mentionsIn(text: string): PlaceMention[] {
  const prepared = stripAccents(text)
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '');
  return [...latinMentions(prepared), ...hanMentions(prepared)];
}

/** Every place a text names, in the order written ("Zhengzhou, not Foshan" names both). */
export function placesIn(text: string): Place[] {
  return mentionsIn(text)
    .sort((first, second) => first.start - second.start)
    .map((mention) => mention.place);
}

/**
 * The place a text names. With several, the longest mention decides the province (earliest on a tie);
 * a city of that province mentioned anywhere refines it, as in 浙江省杭州市西湖区.
 */
export function findPlace(text: string): Place | undefined {
  const mentions = mentionsIn(text);
  if (mentions.length === 0) return undefined;
  const best = mentions.reduce((chosen, candidate) =>
    candidate.length > chosen.length || (candidate.length === chosen.length && candidate.start < chosen.start)
      ? candidate
      : chosen,
  );
  if (best.place.city) return best.place;
  const cityMention = mentions
    .filter((mention) => mention.place.province === best.place.province && mention.place.city)
    .sort((first, second) => first.start - second.start)[0];
  return cityMention?.place ?? best.place;
}

/**
 * A place abroad that customers of a Chinese vendor's projects name, said as where they are ("in Almaty", "我们在柬埔寨
 * 金边"): no centre's regions cover it, so the fallback centre does, with nothing to ask. A country named otherwise
 * ("日本产的硬盘", "a US-made disk") says where something was made, not where the customer is.
 */
const PLACES_ABROAD_EN = String.raw`(?:abroad|overseas|kazakhstan|almaty|astana|uzbekistan|tashkent|kyrgyzstan|bishkek|mongolia|ulaanbaatar|russia|moscow|vietnam|hanoi|ho chi minh|laos|cambodia|phnom penh|thailand|bangkok|myanmar|yangon|malaysia|kuala lumpur|singapore|indonesia|jakarta|philippines|manila|pakistan|karachi|lahore|islamabad|india|bangladesh|dhaka|sri lanka|nepal|kathmandu|japan|tokyo|korea|seoul|dubai|abu dhabi|united arab emirates|uae|saudi arabia|riyadh|qatar|doha|egypt|cairo|nigeria|lagos|kenya|nairobi|south africa|brazil|mexico|germany|france|italy|spain|united kingdom|london|united states|usa|canada|australia)`;
const PLACES_ABROAD_ZH = String.raw`(?:国外|海外|境外|哈萨克斯坦|阿拉木图|乌兹别克斯坦|塔什干|吉尔吉斯斯坦|蒙古国|乌兰巴托|俄罗斯|莫斯科|越南|河内|胡志明|老挝|柬埔寨|金边|泰国|曼谷|缅甸|仰光|马来西亚|吉隆坡|新加坡|印度尼西亚|印尼|雅加达|菲律宾|马尼拉|巴基斯坦|卡拉奇|伊斯兰堡|印度|孟加拉|达卡|斯里兰卡|尼泊尔|加德满都|日本|东京|韩国|首尔|迪拜|阿布扎比|阿联酋|沙特|利雅得|卡塔尔|多哈|埃及|开罗|尼日利亚|肯尼亚|内罗毕|南非|巴西|墨西哥|德国|法国|意大利|西班牙|英国|伦敦|美国|加拿大|澳大利亚)`;
const ABROAD_EN = new RegExp(String.raw`\b(?:in|at|from|based in|located in|out in|over in)\s+(?:the\s+)?${PLACES_ABROAD_EN}\b`, 'iu');
// "从老挝寄回去" ships from where the customer is; "从日本进口的硬盘" only says where a part came from.
const ABROAD_ZH = new RegExp(
  String.raw`(?:在|到|去|位于|地处)(?:[^，。！？\s]{0,2})${PLACES_ABROAD_ZH}|从${PLACES_ABROAD_ZH}(?=[^，。！？]{0,4}(?:寄|发|运|送))`,
  'u',
);
/** Asked where they are, a customer names the place alone: "Aidar, +7 701 455 2093, Almaty, Kazakhstan". */
const PLACE_ABROAD_ANSWERED = new RegExp(String.raw`\b${PLACES_ABROAD_EN}\b(?:,?\s+${PLACES_ABROAD_EN}\b)?|${PLACES_ABROAD_ZH}+`, 'iu');

/** Whether the text says the customer is in a place outside China (and names no Chinese one). */
export function isAbroad(text: string): boolean {
  return (ABROAD_EN.test(text) || ABROAD_ZH.test(text)) && findPlace(text) === undefined;
}

/** The place abroad an answer to "where are you?" names, as written, when it names no Chinese one. */
export function placeAbroadAnswered(text: string): string | undefined {
  return findPlace(text) === undefined ? PLACE_ABROAD_ANSWERED.exec(text)?.[0] : undefined;
}

/** Canonical English name of the province-level division the text names, if any. */
export function provinceOf(text: string): string | undefined {
  return findPlace(text)?.province;
}

/** How a customer writing in `lang` names the place: 郑州市 rather than Zhengzhou in a Chinese conversation. */
export function placeName(place: Place, lang: Language): string {
  const english = place.city ?? place.province;
  if (lang === 'en') return english;
  if (place.city) {
    const city = CITIES.find((entry) => entry.en === place.city && entry.province === place.province);
    return city ? city.zh + CITY_SUFFIX : english;
  }
  return PROVINCES.find((entry) => entry.en === place.province)?.zh ?? english;
}
