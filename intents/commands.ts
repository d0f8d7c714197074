// Words that steer the conversation itself (help, start over, language), and the name in a contact answer.
import type { Language } from '../src/domain/vocabulary';

export type Command = { kind: 'help' } | { kind: 'cancel' } | { kind: 'language'; language: Language };

const HELP = /^(help|help me|\?|what can you do|menu|帮助|帮忙|菜单|你能做什么|你可以做什么|怎么用)[\s!?.。！？]*$/i;
const CANCEL = /^(cancel|stop|start over|restart|reset|never ?mind|forget it|quit|取消|重新开始|重来|算了|不用了|退出)[\s!?.。！？]*$/i;
const TO_ENGLISH = /^(english|in english|english please|speak english|can we speak english|英文|英语|说英文|说英语)[\s!?.。！？]*$/i;
const TO_CHINESE = /^(chinese|中文|in chinese|chinese please|说中文|讲中文|用中文|中文吧|请说中文|汉语)[\s!?.。！？]*$/i;

/** A whole message that is a command; a command inside a longer sentence is not one. */
export function detectCommand(text: string): Command | undefined {
  const trimmed = text.trim();
  if (HELP.test(trimmed)) return { kind: 'help' };
  if (CANCEL.test(trimmed)) return { kind: 'cancel' };
  if (TO_ENGLISH.test(trimmed)) return { kind: 'language', language: 'en' };
  if (TO_CHINESE.test(trimmed)) return { kind: 'language', language: 'zh' };
  return undefined;
}

const NAME_LEAD = /^(my name is|my name's|name is|name:|this is|i am|i'm|im|it's|call me|我叫|我是|姓名[:：]?|名字[:：]?|联系人[:：]?)\s*/i;

/** The name left in an answer once phone, place and filler words are taken out; undefined when nothing name-like remains. */
export function extractName(text: string, alreadyRecognised: string[] = []): string | undefined {
  let rest = text;
  for (const part of alreadyRecognised) rest = rest.split(part).join(' ');
  rest = rest
    .replace(/[+\d][\d\s-]{6,}\d/g, ' ')
    .replace(/[,，;；。.!！?？、/|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(NAME_LEAD, '')
    .replace(/\b(from|in|at|phone|mobile|tel)\b.*$/i, '')
    .replace(/(电话|手机|在|来自).*$/, '')
    .trim();
  if (!rest || rest.length > 40) return undefined;
  if (!/[A-Za-z\u4e00-\u9fff]/.test(rest)) return undefined;
  return rest;
}
