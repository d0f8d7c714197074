import assert from 'node:assert/strict';
import { join } from 'node:path';
import { centerDetails, type ServiceCenterDirectory } from '../../src/domain/product';
import { loadServiceCenters } from '../../src/registry/serviceCenters';
import { assertDataFileError } from './assertDataFileError';
import { TempDataDir } from './tempDataDir';

const DEMO_CENTERS = join(__dirname, '../../data/demo-service-centers.csv');
const HEADER = 'id,regions,name,address,phone,email,hours';

function centerRow(id: string, regions: string): string {
  return `${id},${regions},Centre ${id},"1 Road, City",+86 10 0000 0000,${id}@netposa.example,Mon-Fri 9-18`;
}

describe('loadServiceCenters', () => {
  describe('with the demo centres', () => {
    let directory: ServiceCenterDirectory;
    before(() => {
      directory = loadServiceCenters(DEMO_CENTERS);
    });

    it('holds at least five regional centres besides the fallback', () => {
      const regional = directory.all().filter((center) => !center.regions.includes('*'));
      assert.ok(regional.length >= 5, `only ${regional.length} regional centres`);
    });

    it('gives every centre an address, phone, e-mail and opening hours', () => {
      for (const center of directory.all()) {
        assert.match(center.email, /@netposa\.example$/, center.id);
        assert.ok(center.address && center.phone && center.hours, center.id);
      }
    });

    it('names every centre and gives its address and hours in Chinese as well, each column in one language', () => {
      for (const center of directory.all()) {
        for (const english of [center.name, center.address, center.hours]) assert.doesNotMatch(english, /\p{Script=Han}/u, center.id);
        for (const chinese of [center.nameZh, center.addressZh, center.hoursZh]) assert.match(chinese ?? '', /\p{Script=Han}/u, center.id);
      }
      assert.equal(directory.byId('sh-east')?.nameZh, '网力华东服务中心');
      assert.equal(directory.byId('sh-east')?.name, 'NetPosa East China Service Centre');
    });

    it('finds a centre by id', () => {
      assert.equal(directory.byId('sh-east')?.id, 'sh-east');
      assert.equal(directory.byId('nowhere'), undefined);
    });

    const cityToCentre: Array<[place: string, centreId: string]> = [
      ['Harbin', 'bj-north'],
      ['沈阳', 'bj-north'],
      ['Tianjin', 'bj-north'],
      ['石家庄市', 'bj-north'],
      ['Hohhot', 'bj-north'],
      ['Dalian', 'bj-north'],
      ['Hangzhou', 'sh-east'],
      ['宁波', 'sh-east'],
      ['温州市', 'sh-east'],
      ['Suzhou', 'sh-east'],
      ['Xiamen', 'sh-east'],
      ['青岛', 'sh-east'],
      ['Hefei', 'sh-east'],
      ['Nanchang', 'sh-east'],
      ['Shenzhen', 'sz-south'],
      ['广州', 'sz-south'],
      ['Nanning', 'sz-south'],
      ['三亚', 'sz-south'],
      ['Hong Kong', 'sz-south'],
      ['澳门特别行政区', 'sz-south'],
      ['Chengdu', 'cd-southwest'],
      ['重庆', 'cd-southwest'],
      ['Kunming', 'cd-southwest'],
      ['贵阳市', 'cd-southwest'],
      ['Lhasa', 'cd-southwest'],
      ['Wuhan', 'wh-central'],
      ['长沙', 'wh-central'],
      ['Zhengzhou', 'wh-central'],
      ['洛阳', 'wh-central'],
      ["Xi'an", 'xa-northwest'],
      ['兰州', 'xa-northwest'],
      ['Urumqi', 'xa-northwest'],
      ['银川市', 'xa-northwest'],
      ["I'm in Hang Zhou", 'sh-east'],
      ['浙江省杭州市西湖区', 'sh-east'],
      ['zhejiang province', 'sh-east'],
      ['我们公司在广东省东莞市', 'sz-south'],
      ['Paris', 'hq-repair'],
      ['巴黎', 'hq-repair'],
      ['', 'hq-repair'],
      ['Taipei', 'hq-repair'],
    ];
    for (const [place, centreId] of cityToCentre) {
      it(`sends a customer in "${place}" to ${centreId}`, () => {
        assert.equal(directory.forRegion(place).id, centreId);
      });
    }
  });

  describe('with a custom file', () => {
    let dir: TempDataDir;
    before(() => {
      dir = new TempDataDir();
    });
    after(() => dir.remove());

    it('prefers a centre listing the city itself over the one listing its province', () => {
      const file = dir.write(
        'city.csv',
        [HEADER, centerRow('zj', 'Zhejiang;浙江'), centerRow('nb', 'Ningbo;宁波'), centerRow('hq', '*')].join('\n'),
      );
      const directory = loadServiceCenters(file);
      assert.equal(directory.forRegion('宁波市').id, 'nb');
      assert.equal(directory.forRegion('Hangzhou').id, 'zj');
      assert.equal(directory.forRegion('Chengdu').id, 'hq');
    });

    it('rejects a second fallback centre at its line and the regions column', () => {
      const rows = [HEADER, centerRow('hq', '*'), centerRow('bj', 'Beijing'), centerRow('sh', '*;Shanghai')];
      const file = dir.write('two-fallbacks.csv', rows.join('\n'));
      assertDataFileError(() => loadServiceCenters(file), {
        file,
        line: 4,
        column: 2,
        message: /centre sh is marked "\*" as well as centre hq on line 2/,
      });
    });

    it('rejects a file without a fallback centre', () => {
      const file = dir.write('no-fallback.csv', [HEADER, centerRow('bj', 'Beijing;北京')].join('\n'));
      assertDataFileError(() => loadServiceCenters(file), {
        file,
        line: 1,
        column: 2,
        message: /no centre has "\*" in regions/,
      });
    });

    it('rejects a region name the gazetteer does not know', () => {
      const rows = [HEADER, centerRow('hq', '*'), centerRow('x', 'Beijing;Atlantis')];
      const file = dir.write('unknown.csv', rows.join('\n'));
      assertDataFileError(() => loadServiceCenters(file), {
        file,
        line: 3,
        column: 2,
        message: /regions entry "Atlantis" is not a province or city/,
      });
    });

    it('rejects a province covered by two centres', () => {
      const rows = [HEADER, centerRow('hq', '*'), centerRow('a', 'Zhejiang'), centerRow('b', '浙江省')];
      const file = dir.write('overlap.csv', rows.join('\n'));
      assertDataFileError(() => loadServiceCenters(file), {
        file,
        line: 4,
        column: 2,
        message: /"浙江省" is already covered by centre a on line 3/,
      });
    });

    it('rejects an id used twice', () => {
      const file = dir.write('same-id.csv', [HEADER, centerRow('hq', '*'), centerRow('hq', 'Beijing')].join('\n'));
      assertDataFileError(() => loadServiceCenters(file), {
        file,
        line: 3,
        column: 1,
        message: /id "hq" is already used on line 2/,
      });
    });

    it('rejects an e-mail address without an @', () => {
      const row = centerRow('hq', '*').replace('hq@netposa.example', 'repair.netposa.example');
      const file = dir.write('email.csv', [HEADER, row].join('\n'));
      assertDataFileError(() => loadServiceCenters(file), {
        file,
        line: 2,
        column: 6,
        message: /^email "repair.netposa.example" is not an e-mail address$/,
      });
    });

    it('rejects a header without the regions column', () => {
      const text = 'id,name,address,phone,email,hours\nhq,HQ,Addr,1,a@netposa.example,9-18\n';
      const file = dir.write('no-regions.csv', text);
      assertDataFileError(() => loadServiceCenters(file), {
        file,
        line: 1,
        column: 1,
        message: /required column "regions" is missing/,
      });
    });
  });
  describe('the optional Chinese columns', () => {
    let dir: TempDataDir;
    before(() => {
      dir = new TempDataDir();
    });
    after(() => dir.remove());

    it('shows Chinese-speaking customers the Chinese name, address and hours, and others the English ones', () => {
      const file = dir.write(
        'zh.csv',
        [`${HEADER},name_zh,address_zh,hours_zh`, `${centerRow('hq', '*')},总部维修中心,北京市朝阳区 1 号,周一至周五`].join('\n'),
      );
      const center = loadServiceCenters(file).byId('hq');
      assert.ok(center);
      assert.deepEqual(centerDetails(center, 'zh'), {
        name: '总部维修中心',
        address: '北京市朝阳区 1 号',
        phone: '+86 10 0000 0000',
        email: 'hq@netposa.example',
        hours: '周一至周五',
      });
      assert.equal(centerDetails(center, 'en').name, 'Centre hq');
    });

    it('falls back to the English name, address and hours when the columns are absent or a cell is empty', () => {
      const absent = loadServiceCenters(dir.write('en-only.csv', [HEADER, centerRow('hq', '*')].join('\n'))).byId('hq');
      assert.ok(absent);
      assert.equal(centerDetails(absent, 'zh').name, 'Centre hq');
      const empty = loadServiceCenters(
        dir.write('empty-zh.csv', [`${HEADER},name_zh,address_zh`, `${centerRow('hq', '*')},总部维修中心,`].join('\n')),
      ).byId('hq');
      assert.ok(empty);
      assert.equal(centerDetails(empty, 'zh').name, '总部维修中心');
      assert.equal(centerDetails(empty, 'zh').address, '1 Road, City');
    });

    it('refuses a Chinese column holding no Chinese, naming file, line and column', () => {
      const file = dir.write('swapped.csv', [`${HEADER},name_zh`, `${centerRow('hq', '*')},Headquarters`].join('\n'));
      assertDataFileError(() => loadServiceCenters(file), { file, line: 2, column: 8, message: /name_zh "Headquarters" has no Chinese characters/ });
    });
  });
});
