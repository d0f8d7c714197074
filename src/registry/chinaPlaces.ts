// Gazetteer data: China's 34 provincial-level divisions and its major cities, in English, pinyin and Chinese.

export type DivisionKind = 'province' | 'municipality' | 'autonomous_region' | 'special_administrative_region';

export interface ProvinceEntry {
  /** Canonical English name; it is also the id other tables refer to. */
  en: string;
  /** Chinese name without its administrative suffix. */
  zh: string;
  kind: DivisionKind;
  /** Further Latin spellings besides `en` (pinyin, older romanisations). */
  latinAliases?: string[];
  /** Further Chinese forms: the official full name or a common short form. */
  zhAliases?: string[];
}

export interface CityEntry {
  en: string;
  /** Chinese name without 市. */
  zh: string;
  /** `en` of the province-level division the city belongs to. */
  province: string;
  latinAliases?: string[];
  /** Two prefecture cities share this pinyin, so the Latin spelling alone cannot say which is meant. */
  latinIsAmbiguous?: boolean;
  /** The bare Chinese name is also an everyday word or place (未开封, 日照, 中山路, 北海公园); only the form with 市 counts. */
  zhNeedsSuffix?: boolean;
}

export const SUFFIX_BY_KIND: Record<DivisionKind, string> = {
  province: '省',
  municipality: '市',
  autonomous_region: '自治区',
  special_administrative_region: '特别行政区',
};

export const CITY_SUFFIX = '市';

export const PROVINCES: ProvinceEntry[] = [
  { en: 'Beijing', zh: '北京', kind: 'municipality', latinAliases: ['Peking'] },
  { en: 'Tianjin', zh: '天津', kind: 'municipality' },
  { en: 'Shanghai', zh: '上海', kind: 'municipality' },
  { en: 'Chongqing', zh: '重庆', kind: 'municipality', latinAliases: ['Chungking'] },
  { en: 'Hebei', zh: '河北', kind: 'province' },
  { en: 'Shanxi', zh: '山西', kind: 'province' },
  { en: 'Liaoning', zh: '辽宁', kind: 'province' },
  { en: 'Jilin', zh: '吉林', kind: 'province' },
  { en: 'Heilongjiang', zh: '黑龙江', kind: 'province' },
  { en: 'Jiangsu', zh: '江苏', kind: 'province' },
  { en: 'Zhejiang', zh: '浙江', kind: 'province' },
  { en: 'Anhui', zh: '安徽', kind: 'province' },
  { en: 'Fujian', zh: '福建', kind: 'province' },
  { en: 'Jiangxi', zh: '江西', kind: 'province' },
  { en: 'Shandong', zh: '山东', kind: 'province' },
  { en: 'Henan', zh: '河南', kind: 'province' },
  { en: 'Hubei', zh: '湖北', kind: 'province' },
  { en: 'Hunan', zh: '湖南', kind: 'province' },
  { en: 'Guangdong', zh: '广东', kind: 'province' },
  { en: 'Hainan', zh: '海南', kind: 'province' },
  { en: 'Sichuan', zh: '四川', kind: 'province', latinAliases: ['Szechuan', 'Szechwan'] },
  { en: 'Guizhou', zh: '贵州', kind: 'province' },
  { en: 'Yunnan', zh: '云南', kind: 'province' },
  { en: 'Shaanxi', zh: '陕西', kind: 'province' },
  { en: 'Gansu', zh: '甘肃', kind: 'province' },
  { en: 'Qinghai', zh: '青海', kind: 'province' },
  { en: 'Taiwan', zh: '台湾', kind: 'province', zhAliases: ['臺灣', '台湾地区'] },
  {
    en: 'Inner Mongolia',
    zh: '内蒙古',
    kind: 'autonomous_region',
    latinAliases: ['Nei Mongol', 'Neimenggu', 'Nei Menggu'],
    zhAliases: ['内蒙'],
  },
  { en: 'Guangxi', zh: '广西', kind: 'autonomous_region', zhAliases: ['广西壮族自治区'] },
  { en: 'Tibet', zh: '西藏', kind: 'autonomous_region', latinAliases: ['Xizang'] },
  { en: 'Ningxia', zh: '宁夏', kind: 'autonomous_region', zhAliases: ['宁夏回族自治区'] },
  { en: 'Xinjiang', zh: '新疆', kind: 'autonomous_region', zhAliases: ['新疆维吾尔自治区'] },
  {
    en: 'Hong Kong',
    zh: '香港',
    kind: 'special_administrative_region',
    latinAliases: ['Xianggang', 'Hongkong', 'HK'],
  },
  { en: 'Macau', zh: '澳门', kind: 'special_administrative_region', latinAliases: ['Macao', 'Aomen'], zhAliases: ['澳門'] },
];

export const CITIES: CityEntry[] = [
  // Hong Kong's districts, named where a customer there says where they are ("our HK office, in Kwun Tong").
  { en: 'Kowloon', zh: '九龙', province: 'Hong Kong' },
  { en: 'Kwun Tong', zh: '观塘', province: 'Hong Kong' },
  { en: 'Tsuen Wan', zh: '荃湾', province: 'Hong Kong' },
  { en: 'Sha Tin', zh: '沙田', province: 'Hong Kong' },
  { en: 'Mong Kok', zh: '旺角', province: 'Hong Kong' },
  { en: 'Tuen Mun', zh: '屯门', province: 'Hong Kong' },
  { en: 'Yuen Long', zh: '元朗', province: 'Hong Kong' },
  { en: 'Kwai Chung', zh: '葵涌', province: 'Hong Kong' },
  // Hebei
  { en: 'Shijiazhuang', zh: '石家庄', province: 'Hebei' },
  { en: 'Tangshan', zh: '唐山', province: 'Hebei' },
  { en: 'Baoding', zh: '保定', province: 'Hebei' },
  { en: 'Handan', zh: '邯郸', province: 'Hebei' },
  { en: 'Langfang', zh: '廊坊', province: 'Hebei' },
  { en: 'Cangzhou', zh: '沧州', province: 'Hebei' },
  { en: 'Qinhuangdao', zh: '秦皇岛', province: 'Hebei' },
  { en: 'Zhangjiakou', zh: '张家口', province: 'Hebei' },
  { en: 'Xingtai', zh: '邢台', province: 'Hebei' },
  { en: 'Hengshui', zh: '衡水', province: 'Hebei' },
  { en: 'Chengde', zh: '承德', province: 'Hebei' },
  // Shanxi
  { en: 'Taiyuan', zh: '太原', province: 'Shanxi' },
  { en: 'Datong', zh: '大同', province: 'Shanxi' },
  { en: 'Changzhi', zh: '长治', province: 'Shanxi' },
  { en: 'Jinzhong', zh: '晋中', province: 'Shanxi' },
  { en: 'Yuncheng', zh: '运城', province: 'Shanxi' },
  { en: 'Linfen', zh: '临汾', province: 'Shanxi' },
  // Liaoning
  { en: 'Shenyang', zh: '沈阳', province: 'Liaoning' },
  { en: 'Dalian', zh: '大连', province: 'Liaoning' },
  { en: 'Anshan', zh: '鞍山', province: 'Liaoning' },
  { en: 'Fushun', zh: '抚顺', province: 'Liaoning' },
  { en: 'Jinzhou', zh: '锦州', province: 'Liaoning' },
  { en: 'Dandong', zh: '丹东', province: 'Liaoning' },
  { en: 'Yingkou', zh: '营口', province: 'Liaoning' },
  // Jilin
  { en: 'Changchun', zh: '长春', province: 'Jilin' },
  { en: 'Jilin', zh: '吉林', province: 'Jilin' },
  { en: 'Siping', zh: '四平', province: 'Jilin' },
  // Heilongjiang
  { en: 'Harbin', zh: '哈尔滨', province: 'Heilongjiang', latinAliases: ['Haerbin'] },
  { en: 'Daqing', zh: '大庆', province: 'Heilongjiang' },
  { en: 'Qiqihar', zh: '齐齐哈尔', province: 'Heilongjiang', latinAliases: ['Qiqihaer'] },
  { en: 'Mudanjiang', zh: '牡丹江', province: 'Heilongjiang' },
  { en: 'Jiamusi', zh: '佳木斯', province: 'Heilongjiang' },
  { en: 'Yichun', zh: '伊春', province: 'Heilongjiang', latinIsAmbiguous: true },
  // Jiangsu
  { en: 'Nanjing', zh: '南京', province: 'Jiangsu', latinAliases: ['Nanking'] },
  { en: 'Suzhou', zh: '苏州', province: 'Jiangsu' },
  { en: 'Wuxi', zh: '无锡', province: 'Jiangsu' },
  { en: 'Changzhou', zh: '常州', province: 'Jiangsu' },
  { en: 'Nantong', zh: '南通', province: 'Jiangsu' },
  { en: 'Xuzhou', zh: '徐州', province: 'Jiangsu' },
  { en: 'Yangzhou', zh: '扬州', province: 'Jiangsu' },
  { en: 'Yancheng', zh: '盐城', province: 'Jiangsu' },
  { en: 'Zhenjiang', zh: '镇江', province: 'Jiangsu' },
  { en: "Huai'an", zh: '淮安', province: 'Jiangsu' },
  { en: 'Lianyungang', zh: '连云港', province: 'Jiangsu' },
  { en: 'Taizhou', zh: '泰州', province: 'Jiangsu', latinIsAmbiguous: true },
  { en: 'Suqian', zh: '宿迁', province: 'Jiangsu' },
  { en: 'Kunshan', zh: '昆山', province: 'Jiangsu' },
  // Zhejiang
  { en: 'Hangzhou', zh: '杭州', province: 'Zhejiang' },
  { en: 'Ningbo', zh: '宁波', province: 'Zhejiang' },
  { en: 'Wenzhou', zh: '温州', province: 'Zhejiang' },
  { en: 'Shaoxing', zh: '绍兴', province: 'Zhejiang' },
  { en: 'Jiaxing', zh: '嘉兴', province: 'Zhejiang' },
  { en: 'Huzhou', zh: '湖州', province: 'Zhejiang' },
  { en: 'Jinhua', zh: '金华', province: 'Zhejiang' },
  { en: 'Taizhou', zh: '台州', province: 'Zhejiang', latinIsAmbiguous: true },
  { en: 'Zhoushan', zh: '舟山', province: 'Zhejiang' },
  { en: 'Lishui', zh: '丽水', province: 'Zhejiang' },
  { en: 'Quzhou', zh: '衢州', province: 'Zhejiang' },
  { en: 'Yiwu', zh: '义乌', province: 'Zhejiang' },
  // Anhui
  { en: 'Hefei', zh: '合肥', province: 'Anhui' },
  { en: 'Wuhu', zh: '芜湖', province: 'Anhui' },
  { en: 'Bengbu', zh: '蚌埠', province: 'Anhui' },
  { en: 'Anqing', zh: '安庆', province: 'Anhui' },
  { en: "Ma'anshan", zh: '马鞍山', province: 'Anhui' },
  { en: 'Fuyang', zh: '阜阳', province: 'Anhui' },
  { en: 'Huainan', zh: '淮南', province: 'Anhui' },
  { en: 'Huangshan', zh: '黄山', province: 'Anhui' },
  { en: 'Suzhou', zh: '宿州', province: 'Anhui', latinIsAmbiguous: true },
  // Fujian
  { en: 'Fuzhou', zh: '福州', province: 'Fujian' },
  { en: 'Xiamen', zh: '厦门', province: 'Fujian', latinAliases: ['Amoy'] },
  { en: 'Quanzhou', zh: '泉州', province: 'Fujian' },
  { en: 'Zhangzhou', zh: '漳州', province: 'Fujian' },
  { en: 'Putian', zh: '莆田', province: 'Fujian' },
  { en: 'Longyan', zh: '龙岩', province: 'Fujian' },
  { en: 'Ningde', zh: '宁德', province: 'Fujian' },
  // Jiangxi
  { en: 'Nanchang', zh: '南昌', province: 'Jiangxi' },
  { en: 'Ganzhou', zh: '赣州', province: 'Jiangxi' },
  { en: 'Jiujiang', zh: '九江', province: 'Jiangxi' },
  { en: 'Jingdezhen', zh: '景德镇', province: 'Jiangxi' },
  { en: 'Shangrao', zh: '上饶', province: 'Jiangxi' },
  { en: 'Pingxiang', zh: '萍乡', province: 'Jiangxi' },
  { en: 'Fuzhou', zh: '抚州', province: 'Jiangxi', latinIsAmbiguous: true },
  { en: 'Yichun', zh: '宜春', province: 'Jiangxi', latinIsAmbiguous: true },
  // Shandong
  { en: 'Jinan', zh: '济南', province: 'Shandong' },
  { en: 'Qingdao', zh: '青岛', province: 'Shandong', latinAliases: ['Tsingtao'] },
  { en: 'Yantai', zh: '烟台', province: 'Shandong' },
  { en: 'Weifang', zh: '潍坊', province: 'Shandong' },
  { en: 'Zibo', zh: '淄博', province: 'Shandong' },
  { en: 'Linyi', zh: '临沂', province: 'Shandong' },
  { en: 'Jining', zh: '济宁', province: 'Shandong' },
  { en: 'Weihai', zh: '威海', province: 'Shandong' },
  { en: "Tai'an", zh: '泰安', province: 'Shandong' },
  { en: 'Rizhao', zh: '日照', province: 'Shandong', zhNeedsSuffix: true },
  { en: 'Dezhou', zh: '德州', province: 'Shandong' },
  { en: 'Liaocheng', zh: '聊城', province: 'Shandong' },
  { en: 'Heze', zh: '菏泽', province: 'Shandong' },
  { en: 'Dongying', zh: '东营', province: 'Shandong' },
  // Henan
  { en: 'Zhengzhou', zh: '郑州', province: 'Henan' },
  { en: 'Luoyang', zh: '洛阳', province: 'Henan' },
  { en: 'Kaifeng', zh: '开封', province: 'Henan', zhNeedsSuffix: true },
  { en: 'Nanyang', zh: '南阳', province: 'Henan' },
  { en: 'Xinxiang', zh: '新乡', province: 'Henan' },
  { en: 'Anyang', zh: '安阳', province: 'Henan' },
  { en: 'Zhoukou', zh: '周口', province: 'Henan' },
  { en: 'Shangqiu', zh: '商丘', province: 'Henan' },
  { en: 'Xuchang', zh: '许昌', province: 'Henan' },
  { en: 'Pingdingshan', zh: '平顶山', province: 'Henan' },
  { en: 'Jiaozuo', zh: '焦作', province: 'Henan' },
  { en: 'Xinyang', zh: '信阳', province: 'Henan' },
  // Hubei
  { en: 'Wuhan', zh: '武汉', province: 'Hubei' },
  { en: 'Yichang', zh: '宜昌', province: 'Hubei' },
  { en: 'Xiangyang', zh: '襄阳', province: 'Hubei' },
  { en: 'Jingzhou', zh: '荆州', province: 'Hubei' },
  { en: 'Shiyan', zh: '十堰', province: 'Hubei' },
  { en: 'Huangshi', zh: '黄石', province: 'Hubei' },
  { en: 'Xiaogan', zh: '孝感', province: 'Hubei' },
  // Hunan
  { en: 'Changsha', zh: '长沙', province: 'Hunan' },
  { en: 'Zhuzhou', zh: '株洲', province: 'Hunan' },
  { en: 'Xiangtan', zh: '湘潭', province: 'Hunan' },
  { en: 'Hengyang', zh: '衡阳', province: 'Hunan' },
  { en: 'Yueyang', zh: '岳阳', province: 'Hunan' },
  { en: 'Changde', zh: '常德', province: 'Hunan' },
  { en: 'Chenzhou', zh: '郴州', province: 'Hunan' },
  // Guangdong
  { en: 'Guangzhou', zh: '广州', province: 'Guangdong', latinAliases: ['Canton'] },
  { en: 'Shenzhen', zh: '深圳', province: 'Guangdong' },
  { en: 'Dongguan', zh: '东莞', province: 'Guangdong' },
  { en: 'Foshan', zh: '佛山', province: 'Guangdong' },
  { en: 'Zhuhai', zh: '珠海', province: 'Guangdong' },
  { en: 'Huizhou', zh: '惠州', province: 'Guangdong' },
  { en: 'Shantou', zh: '汕头', province: 'Guangdong' },
  { en: 'Zhongshan', zh: '中山', province: 'Guangdong', zhNeedsSuffix: true },
  { en: 'Jiangmen', zh: '江门', province: 'Guangdong' },
  { en: 'Zhanjiang', zh: '湛江', province: 'Guangdong' },
  { en: 'Maoming', zh: '茂名', province: 'Guangdong' },
  { en: 'Zhaoqing', zh: '肇庆', province: 'Guangdong' },
  { en: 'Qingyuan', zh: '清远', province: 'Guangdong' },
  { en: 'Shaoguan', zh: '韶关', province: 'Guangdong' },
  { en: 'Jieyang', zh: '揭阳', province: 'Guangdong' },
  // Guangxi
  { en: 'Nanning', zh: '南宁', province: 'Guangxi' },
  { en: 'Liuzhou', zh: '柳州', province: 'Guangxi' },
  { en: 'Guilin', zh: '桂林', province: 'Guangxi' },
  { en: 'Beihai', zh: '北海', province: 'Guangxi', zhNeedsSuffix: true },
  { en: 'Wuzhou', zh: '梧州', province: 'Guangxi' },
  { en: 'Yulin', zh: '玉林', province: 'Guangxi', latinIsAmbiguous: true },
  // Hainan
  { en: 'Haikou', zh: '海口', province: 'Hainan' },
  { en: 'Sanya', zh: '三亚', province: 'Hainan' },
  { en: 'Danzhou', zh: '儋州', province: 'Hainan' },
  // Sichuan
  { en: 'Chengdu', zh: '成都', province: 'Sichuan' },
  { en: 'Mianyang', zh: '绵阳', province: 'Sichuan' },
  { en: 'Deyang', zh: '德阳', province: 'Sichuan' },
  { en: 'Yibin', zh: '宜宾', province: 'Sichuan' },
  { en: 'Luzhou', zh: '泸州', province: 'Sichuan' },
  { en: 'Nanchong', zh: '南充', province: 'Sichuan' },
  { en: 'Leshan', zh: '乐山', province: 'Sichuan' },
  { en: 'Zigong', zh: '自贡', province: 'Sichuan' },
  { en: 'Dazhou', zh: '达州', province: 'Sichuan' },
  { en: 'Panzhihua', zh: '攀枝花', province: 'Sichuan' },
  // Guizhou
  { en: 'Guiyang', zh: '贵阳', province: 'Guizhou' },
  { en: 'Zunyi', zh: '遵义', province: 'Guizhou' },
  { en: 'Liupanshui', zh: '六盘水', province: 'Guizhou' },
  { en: 'Anshun', zh: '安顺', province: 'Guizhou' },
  // Yunnan
  { en: 'Kunming', zh: '昆明', province: 'Yunnan' },
  { en: 'Qujing', zh: '曲靖', province: 'Yunnan' },
  { en: 'Yuxi', zh: '玉溪', province: 'Yunnan' },
  { en: 'Dali', zh: '大理', province: 'Yunnan' },
  { en: 'Lijiang', zh: '丽江', province: 'Yunnan' },
  // Tibet
  { en: 'Lhasa', zh: '拉萨', province: 'Tibet', latinAliases: ['Lasa'] },
  { en: 'Shigatse', zh: '日喀则', province: 'Tibet', latinAliases: ['Rikaze', 'Xigaze'] },
  // Shaanxi
  { en: "Xi'an", zh: '西安', province: 'Shaanxi', latinAliases: ['Sian'] },
  { en: 'Baoji', zh: '宝鸡', province: 'Shaanxi' },
  { en: 'Xianyang', zh: '咸阳', province: 'Shaanxi' },
  { en: "Yan'an", zh: '延安', province: 'Shaanxi' },
  { en: 'Hanzhong', zh: '汉中', province: 'Shaanxi' },
  { en: 'Weinan', zh: '渭南', province: 'Shaanxi' },
  { en: 'Yulin', zh: '榆林', province: 'Shaanxi', latinIsAmbiguous: true },
  // Gansu
  { en: 'Lanzhou', zh: '兰州', province: 'Gansu' },
  { en: 'Tianshui', zh: '天水', province: 'Gansu' },
  { en: 'Jiuquan', zh: '酒泉', province: 'Gansu' },
  { en: 'Jiayuguan', zh: '嘉峪关', province: 'Gansu' },
  // Qinghai
  { en: 'Xining', zh: '西宁', province: 'Qinghai' },
  { en: 'Golmud', zh: '格尔木', province: 'Qinghai', latinAliases: ['Geermu'] },
  // Ningxia
  { en: 'Yinchuan', zh: '银川', province: 'Ningxia' },
  { en: 'Shizuishan', zh: '石嘴山', province: 'Ningxia' },
  // Xinjiang
  { en: 'Urumqi', zh: '乌鲁木齐', province: 'Xinjiang', latinAliases: ['Wulumuqi', 'Urumchi'] },
  { en: 'Kashgar', zh: '喀什', province: 'Xinjiang', latinAliases: ['Kashi'] },
  { en: 'Karamay', zh: '克拉玛依', province: 'Xinjiang', latinAliases: ['Kelamayi'] },
  { en: 'Korla', zh: '库尔勒', province: 'Xinjiang', latinAliases: ['Kuerle'] },
  // Inner Mongolia
  { en: 'Hohhot', zh: '呼和浩特', province: 'Inner Mongolia', latinAliases: ['Huhehaote', 'Huhhot'] },
  { en: 'Baotou', zh: '包头', province: 'Inner Mongolia' },
  { en: 'Ordos', zh: '鄂尔多斯', province: 'Inner Mongolia', latinAliases: ['Eerduosi'] },
  { en: 'Chifeng', zh: '赤峰', province: 'Inner Mongolia' },
  // Taiwan
  { en: 'Taipei', zh: '台北', province: 'Taiwan', latinAliases: ['Taibei'] },
  { en: 'Kaohsiung', zh: '高雄', province: 'Taiwan', latinAliases: ['Gaoxiong'] },
  { en: 'Taichung', zh: '台中', province: 'Taiwan', latinAliases: ['Taizhong'] },
  { en: 'Tainan', zh: '台南', province: 'Taiwan' },
];
