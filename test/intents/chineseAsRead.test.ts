import assert from 'node:assert/strict';
import { chineseAsRead } from '../../intents/chineseAsRead';

describe('chineseAsRead', () => {
  for (const [typed, read] of [
    ['冇啊，冇跌过冇入水，都冇人拆过', '没啊，没跌过没进水，都没人拆过'],
    ['试咗，都系咁', '试了，都这样'],
    ['咁係咪免费㗎？', '那是否免费㗎？'],
    ['仲系唔得', '还是不行'],
    ['佢哋拆咗部机睇过', '他们拆了部机看过'],
    ['录相机黑平了', '录像机黑屏了'],
    ['硬盘录像鸡放不了', '硬盘录像机放不了'],
    ['木有 也没人拆过', '没有 也没人拆过'],
    ['攝影機沒有畫面，保固還在嗎？', '摄像机没有画面，保修还在吗？'],
    ['錄影機當機了，硬碟讀不到', '录像机死机了，硬盘读不到'],
    ['没关係', '没关系'],
    ['摔都莫得摔过，也莫得人拆过', '摔都没有摔过，也没有人拆过'],
    ['要得，开单嘛', '好的，开单嘛'],
    ['重启了 还是不得行', '重启了 还是不好使'],
    ['么得人动过', '没有人动过'],
    ['阔以 开吧', '可以 开吧'],
    ['我家门口的设想头不量了 插上店也没有反映', '我家门口的摄像头不亮了 插上电也没有反应'],
    ['字太小看不青 插得很劳', '字太小看不清 插得很牢'],
    ['手机上看不到家里的摄像头了 显示理线', '手机上看不到家里的摄像头了 显示离线'],
  ] as const) {
    it(`reads "${typed}" as "${read}", every character where it was typed`, () => {
      assert.equal(chineseAsRead(typed), read);
      assert.equal(read.length, typed.length);
    });
  }

  for (const mandarin of ['唔，好的', '系统坏了', '冷却塔入水口漏了', '树木有点挡镜头', '这个要得到授权才行', '不得拆开机器', '去商店买', '整理线路', '把线理线整齐', '工作很劳累', '他的反映很快', '什么得了', '摄像头没有画面', 'my camera fell off the pole']) {
    it(`leaves "${mandarin}" as it is`, () => assert.equal(chineseAsRead(mandarin), mandarin));
  }
});
