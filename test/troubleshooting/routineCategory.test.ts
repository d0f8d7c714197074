// Tests which troubleshooting routine a product category leads to.
import assert from 'node:assert/strict';
import { ROUTINE_CATEGORIES, routineCategoryOf } from '../../src/troubleshooting/routineCategory';

describe('routineCategoryOf', () => {
  it('keeps each routine category as it is', () => {
    for (const category of ROUTINE_CATEGORIES) {
      assert.equal(routineCategoryOf(category), category);
    }
  });

  it('ignores case, surrounding spaces and separators', () => {
    assert.equal(routineCategoryOf('  NVR '), 'nvr');
    assert.equal(routineCategoryOf('Speed-Dome'), 'camera');
    assert.equal(routineCategoryOf('vms_server'), 'server');
  });

  it('treats a PTZ dome or a bullet as a camera', () => {
    assert.equal(routineCategoryOf('ptz'), 'camera');
    assert.equal(routineCategoryOf('bullet'), 'camera');
  });

  it('understands the Chinese names of the product families', () => {
    assert.equal(routineCategoryOf('球机'), 'camera');
    assert.equal(routineCategoryOf('硬盘录像机'), 'nvr');
    assert.equal(routineCategoryOf('服务器'), 'server');
    assert.equal(routineCategoryOf('授权'), 'software');
  });

  it('treats a licence as software', () => {
    assert.equal(routineCategoryOf('license'), 'software');
    assert.equal(routineCategoryOf('Licence'), 'software');
  });

  it('sends an unknown or missing category to the general routine', () => {
    assert.equal(routineCategoryOf('video decoder'), 'default');
    assert.equal(routineCategoryOf(''), 'default');
    assert.equal(routineCategoryOf(undefined), 'default');
  });

  it('does not mistake property names of plain objects for categories', () => {
    assert.equal(routineCategoryOf('constructor'), 'default');
    assert.equal(routineCategoryOf('toString'), 'default');
  });
});
