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
    assert.equal(routineCategoryOf('Speed-Dome'), 'ptz_dome');
    assert.equal(routineCategoryOf('vms_server'), 'server');
  });

  it('treats a bullet as a camera, and a PTZ dome as a family of its own', () => {
    assert.equal(routineCategoryOf('bullet'), 'camera');
    assert.equal(routineCategoryOf('ptz'), 'ptz_dome');
    assert.equal(routineCategoryOf('ptz dome'), 'ptz_dome');
  });

  it('understands the Chinese names of the product families', () => {
    assert.equal(routineCategoryOf('枪机'), 'camera');
    assert.equal(routineCategoryOf('球机'), 'ptz_dome');
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
