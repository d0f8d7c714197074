// Maps whatever category a product carries (registry column, model family, customer's word) to a troubleshooting routine.

export const ROUTINE_CATEGORIES = ['camera', 'ptz_dome', 'nvr', 'server', 'software', 'default'] as const;
export type RoutineCategory = (typeof ROUTINE_CATEGORIES)[number];

/**
 * Words that name a product family more narrowly than the registry's categories do.
 * The registry allows "another word" in its category column, and the recognizer may
 * hand over a model family, so both languages' common names are accepted.
 */
const FAMILY_WORDS: Readonly<Record<string, Exclude<RoutineCategory, 'default'>>> = {
  camera: 'camera',
  'ip camera': 'camera',
  ipc: 'camera',
  bullet: 'camera',
  dome: 'camera',
  turret: 'camera',
  fisheye: 'camera',
  ptz: 'ptz_dome',
  'ptz dome': 'ptz_dome',
  'ptz_dome': 'ptz_dome',
  'speed dome': 'ptz_dome',
  摄像机: 'camera',
  摄像头: 'camera',
  网络摄像机: 'camera',
  枪机: 'camera',
  半球: 'camera',
  球机: 'ptz_dome',
  云台: 'ptz_dome',
  nvr: 'nvr',
  dvr: 'nvr',
  recorder: 'nvr',
  录像机: 'nvr',
  硬盘录像机: 'nvr',
  server: 'server',
  'vms server': 'server',
  vms: 'server',
  服务器: 'server',
  software: 'software',
  licence: 'software',
  license: 'software',
  client: 'software',
  软件: 'software',
  授权: 'software',
  客户端: 'software',
};

export function routineCategoryOf(category: string | undefined): RoutineCategory {
  if (category === undefined) return 'default';
  const word = category.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  // An own-property check, so that words like "constructor" don't reach Object.prototype.
  return Object.hasOwn(FAMILY_WORDS, word) ? FAMILY_WORDS[word] : 'default';
}
