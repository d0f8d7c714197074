// What the support page and the widget say around the chat, in both languages the assistant speaks.
import type { Language } from '../../domain/vocabulary';

export interface PageText {
  /** Shown after the brand name in the browser tab. */
  titleSuffix: string;
  subtitle: string;
  connecting: string;
  online: string;
  offline: string;
  /** When the conversation is gone (expired, or the server restarted) and a new one takes its place. */
  conversationEnded: string;
  newChat: string;
  closeChat: string;
  openChat: string;
  languageLabel: string;
}

export const PAGE_TEXT: Record<Language, PageText> = {
  en: {
    titleSuffix: 'Support',
    subtitle: 'Warranty & repair support',
    connecting: 'Connecting…',
    online: 'Online',
    offline: 'Connection lost',
    conversationEnded: 'Your earlier conversation has ended, so we have started a new one. Anything you had typed carries over.',
    newChat: 'New chat',
    closeChat: 'Close chat',
    openChat: 'Chat with support',
    languageLabel: 'Language',
  },
  zh: {
    titleSuffix: '在线客服',
    subtitle: '保修与维修服务',
    connecting: '正在连接…',
    online: '在线',
    offline: '连接已断开',
    conversationEnded: '之前的对话已结束，我们已为您开始新的对话，您输入的内容会一并带过来。',
    newChat: '新对话',
    closeChat: '关闭对话',
    openChat: '联系客服',
    languageLabel: '语言',
  },
};
