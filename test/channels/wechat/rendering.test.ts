// Rendering a turn's activities as WeChat texts: choices, cards, markdown, the 2,048-byte limit and the message limit.
import assert from 'node:assert/strict';
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { byteLength, MAX_MESSAGE_BYTES, mergeReplies, renderActivity, renderTurn, splitText, stripMarkdown } from '../../../src/channels/wechat/rendering';
import { caseCard } from '../../../dialogs/caseCard';
import type { RepairCase } from '../../../src/domain/repairCase';
import type { ServiceCenter } from '../../../src/domain/product';
import { t } from '../../../src/i18n/translate';

describe('WeChat rendering', () => {
  describe('choices', () => {
    it('turns suggested actions into numbered lines with an English hint to reply by number', () => {
      const activity = { ...MessageFactory.suggestedActions(['Yes', 'No', 'Not sure'], 'Is the power LED on?'), locale: 'en-US' };
      assert.equal(renderActivity(activity), 'Is the power LED on?\n\n1. Yes\n2. No\n3. Not sure\nReply 1, 2 or 3.');
    });

    it('writes the hint the Chinese way in a Chinese conversation', () => {
      const activity = { ...MessageFactory.suggestedActions(['是', '否', '不确定'], '电源灯亮吗？'), locale: 'zh-CN' };
      assert.equal(renderActivity(activity), '电源灯亮吗？\n\n1. 是\n2. 否\n3. 不确定\n回复 1 / 2 / 3');
    });

    it('picks the hint language from the text when the activity has no locale (a staff quote)', () => {
      const activity = MessageFactory.suggestedActions([t('zh', 'choice.acceptQuote'), t('zh', 'choice.declineQuote')], '维修报价 300 CNY，是否接受？');
      assert.match(renderActivity(activity), /1\. 接受报价\n2\. 不修了\n回复 1 \/ 2$/);
    });

    it('keeps the numbers of a list the text already numbers and offers the choices as words (the exclusion checklist)', () => {
      const text = 'Has any of these happened?\n\n1. It was dropped\n2. It was opened\n\nReply with the numbers, or "none".';
      const rendered = renderActivity({ ...MessageFactory.suggestedActions([t('en', 'screening.none')], text), locale: 'en-US' });
      assert.equal(rendered, `${text}\n\nOr reply “None of these”.`);
    });

    it('asks to reply 1 when there is a single choice', () => {
      assert.equal(renderActivity({ ...MessageFactory.suggestedActions(['Talk to a person'], 'Anything else?'), locale: 'en-US' }), 'Anything else?\n\n1. Talk to a person\nReply 1.');
    });

    it('lists the buttons of a hero card as numbered choices', () => {
      const card = CardFactory.heroCard('Pick a centre', undefined, ['Beijing', 'Shanghai']);
      assert.equal(renderActivity({ type: 'message', attachments: [card], locale: 'en-US' }), 'Pick a centre\n\n1. Beijing\n2. Shanghai\nReply 1 or 2.');
    });
  });

  describe('cards', () => {
    const center: ServiceCenter = {
      id: 'bj', regions: ['Beijing'], name: 'NetPosa Beijing Repair Centre', address: '8 Haidian Road, Beijing', phone: '010-1234',
      email: 'bj@example.com', hours: 'Mon-Fri 9-18', nameZh: '东方网力北京维修中心', addressZh: '北京市海淀路8号',
    };
    // The card reads only these fields of a case.
    const repairCase = { id: 'RMA-20261125-0001', model: 'NP-IPC2043', serial: 'NPC21A00012345', symptom: 'no_video', assessment: 'free' } as RepairCase;

    it('renders the case card as compact text with the case number and the address, each said once', () => {
      const text = `Your repair case is open: ${repairCase.id}.\n\nPlease send the device to:\n${center.name}\n${center.address}\nPhone ${center.phone} · ${center.hours}`;
      const rendered = renderActivity({ ...MessageFactory.attachment(caseCard(repairCase, center, 'en'), text), locale: 'en-US' });
      assert.ok(rendered.includes(repairCase.id) && rendered.includes(center.address));
      assert.equal(rendered.split(center.address).length, 2);
      assert.equal(rendered.split(repairCase.id).length, 2);
      assert.ok(rendered.includes('Product: NP-IPC2043 · NPC21A00012345'), rendered);
      assert.ok(!rendered.includes(t('en', 'card.footer')));
    });

    it('renders a card alone, without any text, as its lines in Chinese', () => {
      const rendered = renderActivity({ type: 'message', attachments: [caseCard(repairCase, center, 'zh')], locale: 'zh-CN' });
      assert.ok(rendered.includes(repairCase.id) && rendered.includes(`${t('zh', 'card.address')}：${center.addressZh}`), rendered);
    });
  });

  describe('markdown', () => {
    it('strips emphasis, code, headings and quotes to plain text', () => {
      assert.equal(stripMarkdown('# Steps\n**Unplug** the _camera_ and run `ping`.\n> wait 10 s'), 'Steps\nUnplug the camera and run ping.\nwait 10 s');
    });

    it('writes a link as its label with the address after it', () => {
      assert.equal(stripMarkdown('See [the manual](https://example.com/m.pdf).'), 'See the manual (https://example.com/m.pdf).');
    });

    it('shows escaped characters as the customer typed them, never as markup', () => {
      assert.equal(stripMarkdown('Saved my\\_photo\\*1\\*.png'), 'Saved my_photo*1*.png');
    });

    it('makes list items bullets and leaves words with underscores alone', () => {
      assert.equal(stripMarkdown('- check the cable\n- restart snake_case_name'), '• check the cable\n• restart snake_case_name');
    });
  });

  describe('message size', () => {
    it('splits Chinese text over 2,048 bytes at the end of a sentence', () => {
      const sentence = '请检查电源适配器是否正常供电。';
      const text = sentence.repeat(60);
      const parts = splitText(text, MAX_MESSAGE_BYTES);
      assert.equal(parts.length, 2);
      parts.forEach((part) => {
        assert.ok(byteLength(part) <= MAX_MESSAGE_BYTES);
        assert.ok(part.endsWith('。'));
      });
      assert.equal(parts.join(''), text);
    });

    it('splits English text at full stops and line breaks, never inside a number', () => {
      const text = Array.from({ length: 5 }, (_unused, index) => `Step ${index + 1}.5 applies here. Then wait`).join('\n');
      const parts = splitText(text, 30);
      assert.deepEqual(parts.slice(0, 3), ['Step 1.5 applies here.', 'Then wait', 'Step 2.5 applies here.']);
      parts.forEach((part) => assert.ok(byteLength(part) <= 30));
    });

    it('cuts a sentence longer than the limit on its own without breaking a character', () => {
      const parts = splitText('网'.repeat(1000), MAX_MESSAGE_BYTES);
      assert.deepEqual(parts.map(byteLength), [2046, 954]);
      assert.equal(parts.join(''), '网'.repeat(1000));
    });
  });

  describe('a turn of several replies', () => {
    const reply = (text: string): Partial<Activity> => ({ type: 'message', text, locale: 'en-US' });

    it('merges short replies into one message joined by a blank line', () => {
      assert.deepEqual(renderTurn([reply('Thanks.'), { type: 'typing' }, reply('What is the serial number?')]), ['Thanks.\n\nWhat is the serial number?']);
    });

    it('starts a new message when the next reply would not fit, keeping each reply whole', () => {
      const long = 'a'.repeat(1500);
      assert.deepEqual(renderTurn([reply(long), reply(long), reply('end')]), [long, `${long}\n\nend`]);
    });

    it('packs densely, across sentences if it must, to stay within the messages the transport allows', () => {
      const replies = ['x'.repeat(1200), 'y'.repeat(1200), 'z'.repeat(1200)].map((text) => `${text}.`);
      assert.equal(mergeReplies(replies, { maxBytes: MAX_MESSAGE_BYTES }).length, 3);
      const two = mergeReplies(replies, { maxBytes: MAX_MESSAGE_BYTES, maxMessages: 2 });
      assert.equal(two.length, 2);
      assert.ok(two.join('').includes('z'.repeat(1200)));
      two.forEach((message) => assert.ok(byteLength(message) <= MAX_MESSAGE_BYTES));
    });

    it('cuts what cannot fit into the allowed messages with an ellipsis, and uses one message when none are left', () => {
      const replies = ['First answer.', 'x'.repeat(3000)];
      const one = mergeReplies(replies, { maxBytes: MAX_MESSAGE_BYTES, maxMessages: 0 });
      assert.equal(one.length, 1);
      assert.ok(one[0].startsWith('First answer.'));
      assert.ok(one[0].endsWith('…'));
      assert.ok(byteLength(one[0]) <= MAX_MESSAGE_BYTES);
    });

    it('sends nothing for a turn without messages', () => {
      assert.deepEqual(renderTurn([{ type: 'typing' }, { type: 'event', name: 'x' }]), []);
    });
  });
});
