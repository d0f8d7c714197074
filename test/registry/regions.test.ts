import assert from 'node:assert/strict';
import { CITIES, PROVINCES, SUFFIX_BY_KIND } from '../../src/registry/chinaPlaces';
import { findPlace, isAbroad, provinceOf } from '../../src/registry/regions';

describe('provinceOf', () => {
  const cases: Array<[text: string, province: string]> = [
    ['Hangzhou', 'Zhejiang'],
    ['zhejiang province', 'Zhejiang'],
    ['GUANGDONG', 'Guangdong'],
    ['Inner Mongolia', 'Inner Mongolia'],
    ['Hong Kong', 'Hong Kong'],
    ['Macao', 'Macau'],
    ["Xi'an", 'Shaanxi'],
    ['Xian', 'Shaanxi'],
    ['xi an', 'Shaanxi'],
    ['Hang Zhou', 'Zhejiang'],
    ['Hángzhōu', 'Zhejiang'],
    ['Haerbin', 'Heilongjiang'],
    ['Wu Lu Mu Qi', 'Xinjiang'],
    ['Huhehaote', 'Inner Mongolia'],
    ['杭州', 'Zhejiang'],
    ['杭州市', 'Zhejiang'],
    ['浙江', 'Zhejiang'],
    ['浙江省', 'Zhejiang'],
    ['广西壮族自治区', 'Guangxi'],
    ['香港特别行政区', 'Hong Kong'],
    ['内蒙古', 'Inner Mongolia'],
    ['新疆维吾尔自治区', 'Xinjiang'],
    ['重庆市', 'Chongqing'],
    ['台州', 'Zhejiang'],
    ['泰州', 'Jiangsu'],
    ["I'm in Hang Zhou", 'Zhejiang'],
    ['We are based in Chengdu, Sichuan.', 'Sichuan'],
    ['我们在浙江省杭州市西湖区', 'Zhejiang'],
    ['设备装在深圳南山区的仓库', 'Guangdong'],
    ['我在浙江西湖边', 'Zhejiang'],
    ['Xianyang', 'Shaanxi'],
    ['our HK office will courier, in Kwun Tong.', 'Hong Kong'],
    ['仓库在荃湾', 'Hong Kong'],
  ];
  for (const [text, province] of cases) {
    it(`places "${text}" in ${province}`, () => {
      assert.equal(provinceOf(text), province);
    });
  }

  const nowhere = ['Paris', '巴黎', '', 'my camera shows a black screen', '摄像头还没开封', 'Taizhou'];
  for (const text of nowhere) {
    it(`finds no province in "${text}"`, () => {
      assert.equal(provinceOf(text), undefined);
    });
  }
});

describe('findPlace', () => {
  it('keeps the city when a full address names province and city', () => {
    assert.deepEqual(findPlace('浙江省杭州市西湖区文三路'), { province: 'Zhejiang', city: 'Hangzhou' });
  });

  it('reads 吉林 alone as the province and 吉林市 as the city', () => {
    assert.deepEqual(findPlace('吉林'), { province: 'Jilin' });
    assert.deepEqual(findPlace('吉林市'), { province: 'Jilin', city: 'Jilin' });
  });

  it('prefers the longest name when a text mentions two places', () => {
    assert.equal(findPlace('Xian or Shanghai')?.province, 'Shanghai');
  });
});

describe('the gazetteer table', () => {
  it('lists the 34 provincial-level divisions', () => {
    assert.equal(PROVINCES.length, 34);
    assert.equal(new Set(PROVINCES.map((province) => province.en)).size, 34);
  });

  it('lists at least 120 cities, each in a listed province', () => {
    const provinces = new Set(PROVINCES.map((province) => province.en));
    assert.ok(CITIES.length >= 120, `only ${CITIES.length} cities`);
    for (const city of CITIES) assert.ok(provinces.has(city.province), `${city.en}: ${city.province}`);
  });

  it('includes every provincial capital', () => {
    const capitals = [
      ...['石家庄', '太原', '沈阳', '长春', '哈尔滨', '南京', '杭州', '合肥', '福州', '南昌', '济南', '郑州'],
      ...['武汉', '长沙', '广州', '海口', '成都', '贵阳', '昆明', '西安', '兰州', '西宁', '台北'],
      ...['呼和浩特', '南宁', '拉萨', '银川', '乌鲁木齐'],
    ];
    const listed = new Set(CITIES.map((city) => city.zh));
    for (const capital of capitals) assert.ok(listed.has(capital), capital);
  });

  it('resolves every province by its English name, Chinese name and Chinese name with suffix', () => {
    for (const province of PROVINCES) {
      for (const name of [province.en, province.zh, province.zh + SUFFIX_BY_KIND[province.kind]]) {
        assert.equal(provinceOf(name), province.en, name);
      }
    }
  });

  it('resolves every city by its Chinese name with 市 and, unless ambiguous, by its Latin name', () => {
    for (const city of CITIES) {
      assert.deepEqual(findPlace(`${city.zh}市`), { province: city.province, city: city.en }, city.zh);
      if (!city.latinIsAmbiguous) {
        assert.equal(provinceOf(city.en), city.province, city.en);
      }
    }
  });
});

describe('isAbroad', () => {
  for (const text of ['你好，我们在柬埔寨金边有个项目，设备坏了要返修的话寄到哪里？', 'we are in Almaty, where do I send it?', '项目在吉隆坡', '从老挝寄回去你们收吗？清关挺麻烦的 寄到哪里']) {
    it(`hears a customer abroad in "${text}"`, () => assert.equal(isAbroad(text), true));
  }
  for (const text of ['日本产的硬盘坏了寄到哪', '从日本进口的硬盘坏了 寄到哪里', 'a US-made disk failed', '我们在杭州', 'we ship to Japan? no, I am in Hangzhou']) {
    it(`hears nobody abroad in "${text}"`, () => assert.equal(isAbroad(text), false));
  }
});

