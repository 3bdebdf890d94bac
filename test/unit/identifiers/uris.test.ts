/** The identifier scheme: paths from ids and back, with the percent-encoding rules of the README. */
import {
  actorPath,
  canonicalPath,
  expressionLanguage,
  IdPathError,
  meetingPath,
  parseIdPath,
  unitPath,
  workPath,
} from '../../../src/identifiers/uris';

const key = { resolutionId: 'WTSA-44', revision: '2022', lang: 'zh' };

describe('paths from ids', () => {
  it('gives the work, actors and meetings a path of their own', () => {
    expect(workPath('WTSA-44')).toBe('/id/WTSA-44');
    expect(actorPath('TSB-DIRECTOR')).toBe('/id/actor/TSB-DIRECTOR');
    expect(meetingPath('MEETING-WTSA-2022')).toBe('/id/meeting/MEETING-WTSA-2022');
  });

  it('puts the revision and language in every unit path, and encodes # as %23', () => {
    expect(unitPath(key, 'WTSA-44/s8/3')).toBe('/id/WTSA-44/2022/zh/s8/3');
    expect(unitPath(key, 'WTSA-44/s1/a#c1')).toBe('/id/WTSA-44/2022/zh/s1/a%23c1');
    expect(unitPath(key, 'WTSA-44/annex/p4/i2/i1#o')).toBe('/id/WTSA-44/2022/zh/annex/p4/i2/i1%23o');
  });

  it('refuses a node of another resolution', () => {
    expect(() => unitPath(key, 'PP-123/s1')).toThrow(
      'expected a node id of WTSA-44 (starting with "WTSA-44/"), received "PP-123/s1"',
    );
  });

  it('reads the language from the source file name', () => {
    expect(expressionLanguage('wtsa-res44-rev-geneva-2022.zh.txt')).toBe('zh');
    expect(expressionLanguage('wtsa-res44.en.txt')).toBe('en');
    expect(expressionLanguage(null)).toBe('zh');
  });
});

describe('ids from paths', () => {
  it('reads every level of the scheme', () => {
    expect(parseIdPath('/id/WTSA-44')).toEqual({ kind: 'work', resolutionId: 'WTSA-44' });
    expect(parseIdPath('/id/WTSA-44/2022')).toEqual({ kind: 'revision', resolutionId: 'WTSA-44', revision: '2022' });
    expect(parseIdPath('/id/WTSA-44/2022/zh')).toEqual({ kind: 'expression', key });
    expect(parseIdPath('/id/WTSA-44/2022/zh/s8/3')).toEqual({ kind: 'unit', key, nodeId: 'WTSA-44/s8/3' });
    expect(parseIdPath('/id/actor/TSB-DIRECTOR')).toEqual({ kind: 'actor', id: 'TSB-DIRECTOR' });
    expect(parseIdPath('/id/meeting/MEETING-WTSA-2022')).toEqual({ kind: 'meeting', id: 'MEETING-WTSA-2022' });
    expect(parseIdPath('/graphql')).toBeNull();
    expect(parseIdPath('/identity')).toBeNull();
  });

  it('decodes %23 back to # and round-trips every unit path', () => {
    for (const id of ['WTSA-44/s1/a#c1', 'WTSA-44/s8/3#o', 'WTSA-44/s5/2/ii', 'WTSA-44/annex/p2/i2/i2/i1']) {
      const path = unitPath(key, id);
      expect(parseIdPath(path)).toEqual({ kind: 'unit', key, nodeId: id });
    }
  });

  it('decodes any spelling, so that a non-canonical one can be redirected to the canonical', () => {
    const target = parseIdPath('/id/WTSA%2D44/2022/zh/%73%38/3')!;
    expect(target).toEqual({ kind: 'unit', key, nodeId: 'WTSA-44/s8/3' });
    expect(canonicalPath(target)).toBe('/id/WTSA-44/2022/zh/s8/3');
  });

  it('refuses malformed encodings, empty segments and an encoded slash with a reason', () => {
    expect(() => parseIdPath('/id/WTSA-44/2022/zh/s8/%E0%A4%A')).toThrow(
      new IdPathError('"%E0%A4%A" is not valid percent-encoded UTF-8'),
    );
    expect(() => parseIdPath('/id/')).toThrow('the path names nothing after /id/');
    expect(() => parseIdPath('/id/WTSA-44//zh')).toThrow('empty segment');
    expect(() => parseIdPath('/id/WTSA-44/2022/zh/s8%2F3')).toThrow('%2F');
    expect(() => parseIdPath('/id/actor/A/B')).toThrow('expected /id/actor/<id>, received 2 segments after /id/actor');
  });
});
