import assert from 'node:assert/strict';
import { MalformedPushError, pushIdentity, readEncryptedPush, readPush } from '../../../../src/channels/wechat/officialAccount/pushedMessage';

const header = (msgType: string) =>
  `<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[oCustomer1]]></FromUserName><CreateTime>1764057600</CreateTime><MsgType><![CDATA[${msgType}]]></MsgType>`;

describe('Pushed messages', () => {
  it('reads a text message with its 19-digit MsgId exactly', () => {
    const push = readPush(`${header('text')}<Content><![CDATA[我的摄像头没有画面 & 黑屏]]></Content><MsgId>6209857612345678901</MsgId></xml>`);
    assert.deepEqual(push, {
      openId: 'oCustomer1',
      account: 'gh_0123456789ab',
      sentAt: new Date('2025-11-25T08:00:00Z'),
      msgId: '6209857612345678901',
      type: 'text',
      text: '我的摄像头没有画面 & 黑屏',
    });
    assert.equal(pushIdentity(push), 'msg:6209857612345678901');
  });

  it('reads photos, videos and voice as media to fetch by MediaId', () => {
    for (const kind of ['image', 'video', 'shortvideo', 'voice'] as const) {
      const push = readPush(`${header(kind)}<MediaId><![CDATA[media-${kind}]]></MediaId><MsgId>1</MsgId></xml>`);
      assert.equal(push.type, 'media');
      assert.deepEqual(push.type === 'media' && [push.kind, push.mediaId], [kind, `media-${kind}`]);
    }
  });

  it('reads a location and a link card', () => {
    const location = readPush(`${header('location')}<Location_X>31.23</Location_X><Location_Y>121.47</Location_Y><Scale>15</Scale><Label><![CDATA[上海市黄浦区]]></Label><MsgId>2</MsgId></xml>`);
    assert.deepEqual(location.type === 'location' && [location.latitude, location.longitude, location.label], [31.23, 121.47, '上海市黄浦区']);
    const link = readPush(`${header('link')}<Title><![CDATA[说明书]]></Title><Description><![CDATA[]]></Description><Url><![CDATA[https://example.com/m]]></Url><MsgId>3</MsgId></xml>`);
    assert.deepEqual(link.type === 'link' && [link.title, link.url], ['说明书', 'https://example.com/m']);
  });

  it('reads follow, unfollow, menu click and other events, identified by sender, CreateTime and the event', () => {
    const event = (name: string, extra = '') => readPush(`${header('event')}<Event><![CDATA[${name}]]></Event>${extra}</xml>`);
    assert.deepEqual(['subscribe', 'unsubscribe', 'SCAN', 'VIEW'].map((name) => (event(name) as { event: string }).event), ['follow', 'unfollow', 'scan', 'other']);
    const click = event('CLICK', '<EventKey><![CDATA[报修]]></EventKey>');
    assert.deepEqual(click.type === 'event' && click.event === 'click' && click.key, '报修');
    assert.equal(pushIdentity(click), 'event:oCustomer1:1764057600:click:报修');
    assert.equal(pushIdentity(event('subscribe')), 'event:oCustomer1:1764057600:follow');
  });

  it('keeps a message type it does not know as unsupported rather than failing', () => {
    assert.equal(readPush(`${header('miniprogrampage')}<Title>x</Title><MsgId>4</MsgId></xml>`).type, 'unsupported');
  });

  it('refuses what is not a push: not XML, a missing field, a message without MsgId, a DOCTYPE', () => {
    const bad = [
      'not xml at all',
      '<xml><ToUserName>gh</ToUserName>',
      `<xml><ToUserName>gh</ToUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>`,
      `${header('text')}<Content>hi</Content></xml>`,
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${header('text')}<Content>&a;</Content><MsgId>1</MsgId></xml>`,
    ];
    for (const body of bad) assert.throws(() => readPush(body), MalformedPushError, body);
  });

  it('reads the Encrypt field of a safe-mode envelope', () => {
    assert.deepEqual(readEncryptedPush('<xml><ToUserName><![CDATA[gh]]></ToUserName><Encrypt><![CDATA[c2VjcmV0]]></Encrypt></xml>'), { encrypted: 'c2VjcmV0' });
    assert.throws(() => readEncryptedPush(`${header('text')}<Content>hi</Content><MsgId>1</MsgId></xml>`), MalformedPushError);
  });
});
