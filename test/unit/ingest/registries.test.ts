/** The registries are checked as data: shape, alias ownership, hierarchy, places. */
import { RegistryError, parseRegistries } from '../../../src/ingest';
import { registries } from './real-text';

const actor = (id: string, parent: string | null, aliasesZh: string[]) => ({
  id,
  kind: 'BUREAU',
  acronym: null,
  nameZh: id,
  nameEn: id,
  parent,
  aliasesZh,
});
const facts = { resolutions: [], places: [{ zh: '迪拜', en: 'Dubai' }] };

function problems(actorsJson: unknown, factsJson: unknown): string[] {
  try {
    parseRegistries(actorsJson, factsJson);
  } catch (err) {
    if (err instanceof RegistryError) return err.problems;
    throw err;
  }
  return [];
}

describe('registries', () => {
  it('seed/ holds every actor of shared/contract/actors.md, and the place table', () => {
    const ids = registries.actors.map((a) => a.id);
    for (const id of [
      'ITU',
      'PP',
      'COUNCIL',
      'SECRETARY-GENERAL',
      'ITU-T',
      'ITU-D',
      'ITU-R',
      'WTSA',
      'WTDC',
      'TSB',
      'TSB-DIRECTOR',
      'BDT',
      'BDT-DIRECTOR',
      'BR',
      'BR-DIRECTOR',
      'TSAG',
      'ITU-T-SG',
      'ITU-T-RG',
      'ITU-REGIONAL-OFFICES',
      'ITU-ACADEMY',
      'MEMBER-STATES',
      'SECTOR-MEMBERS',
      'ASSOCIATES',
      'ACADEMIA',
      'REGIONS',
      'DEVELOPING-COUNTRIES',
      'CITEL',
      'RCC',
      'ATU',
      'LAS',
      'APT',
      'CEPT',
      'ISO',
      'IEC',
    ]) {
      expect(ids).toContain(id);
    }
    expect(registries.places).toHaveLength(11);
    expect(registries.facts.find((f) => f.id === 'PP-169')).toMatchObject({
      titleEn: null,
      firstAdopted: { year: 2010, cityEn: 'Guadalajara' },
      laterRevisions: [],
    });
  });

  it('rejects an alias claimed by two actors and a parent that does not exist', () => {
    expect(problems({ actors: [actor('A', null, ['甲']), actor('B', 'C', ['甲'])] }, facts)).toEqual([
      'alias "甲": claimed by both A and B',
      'actor B: parent C is not a known actor',
    ]);
  });

  it('rejects a fact whose city is not in the place table, and a malformed file', () => {
    const badFacts = {
      resolutions: [
        { id: 'PP-1', titleEn: null, firstAdopted: { year: 2000, cityEn: 'Paris' }, laterRevisions: [], source: 's' },
      ],
      places: [],
    };
    expect(problems({ actors: [] }, badFacts)).toEqual(['facts PP-1: city "Paris" is not in the place table']);
    expect(problems([], facts)).toEqual(['actors.json: expected { "actors": [...] }, received an array']);
  });
});
