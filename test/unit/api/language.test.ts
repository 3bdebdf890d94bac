import { excerpt, headingEn, headingZh, resolutionName, resolutionReference, textIn } from '../../../src/api/language';

const TSB_DIRECTOR = { id: 'TSB-DIRECTOR', kind: 'OFFICIAL', nameEn: 'Director of TSB', nameZh: '电信标准化局主任' };
const BDT_DIRECTOR = { id: 'BDT-DIRECTOR', kind: 'OFFICIAL', nameEn: 'Director of BDT', nameZh: '电信发展局主任' };
const BR_DIRECTOR = { id: 'BR-DIRECTOR', kind: 'OFFICIAL', nameEn: 'Director of BR', nameZh: '无线电通信局主任' };
const MEMBER_STATES = { id: 'MEMBER-STATES', kind: 'MEMBERSHIP', nameEn: 'Member States', nameZh: '成员国' };

describe('textIn', () => {
  it('gives the text in the language asked, and null rather than another language', () => {
    expect(textIn('ZH', { ZH: '考虑到', EN: 'considering' })).toBe('考虑到');
    expect(textIn('FR', { ZH: '考虑到', EN: 'considering' })).toBeNull();
    expect(textIn('EN', { ZH: '考虑到' })).toBeNull();
    expect(textIn('EN', { EN: undefined })).toBeNull();
  });
});

describe('section headings', () => {
  it('follow the ITU formula in English', () => {
    expect(headingEn('CONSIDERING', false, [])).toBe('considering');
    expect(headingEn('RECOGNIZING', true, [])).toBe('recognizing further');
    expect(headingEn('INSTRUCTS', false, [TSB_DIRECTOR], [BDT_DIRECTOR, BR_DIRECTOR])).toBe(
      'instructs the Director of TSB, in collaboration with the Director of BDT and the Director of BR',
    );
    expect(headingEn('ENCOURAGES', false, [MEMBER_STATES])).toBe('encourages Member States');
  });

  it('are null in English when an addressee has no English name', () => {
    expect(headingEn('INVITES', false, [{ kind: 'OFFICIAL', nameEn: null }])).toBeNull();
  });

  it('compose the Chinese formula', () => {
    expect(headingZh('INSTRUCTS', false, [TSB_DIRECTOR])).toBe('责成电信标准化局主任');
    expect(headingZh('RECOGNIZING', true, [])).toBe('进一步认识到');
  });
});

describe('references', () => {
  it('name the meeting of the text, marking a revision', () => {
    const geneva = { year: 2022, cityEn: 'Geneva', cityZh: '日内瓦', revised: true };
    expect(resolutionReference('EN', 44, geneva)).toBe('Resolution 44 (Rev. Geneva, 2022)');
    expect(resolutionReference('ZH', 44, geneva)).toBe('第44号决议（2022年，日内瓦，修订版）');
    expect(resolutionReference('EN', 195, { year: 2014, cityEn: 'Busan', revised: false })).toBe(
      'Resolution 195 (Busan, 2014)',
    );
    expect(resolutionReference('AR', 44, geneva)).toBeNull();
    expect(resolutionName('EN', 'PP', 123)).toBe('PP Resolution 123');
    expect(resolutionName('ZH', 'PP', 123)).toBe('全权代表大会第123号决议');
  });
});

describe('excerpt', () => {
  it('cuts long texts with an ellipsis', () => {
    expect(excerpt('一二三四五', 3)).toBe('一二三…');
    expect(excerpt('一二', 3)).toBe('一二');
    expect(excerpt(null)).toBeNull();
  });
});
