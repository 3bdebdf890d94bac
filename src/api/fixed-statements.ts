/**
 * The statements whose text does not depend on a request's selection: the loaders' and the root
 * fields' own, in each of their forms (a walk's or a chain's depth, an indexed or a general page,
 * the facets from tallies or counted). Every value is a parameter, so these few texts are all a
 * shape answered through the loaders can send. With LOOKAHEAD=planned the server plans them when
 * it starts (src/server.ts), so that a shape seen for the first time waits for no planning; only
 * the look-ahead statements, one text per selection, are planned on demand (./statement-plans.ts).
 *
 * Each is built with placeholder values that match nothing: running one plans it and reads next
 * to nothing. `test/integration/fixed-statements.int.test.ts` checks that the contract operations
 * and a stream of generated shapes, answered without look-ahead, send no other text.
 */
import type { Query } from '../graph/database';
import { declaredRelations } from './fields';
import { LIMITS, obligationPageRequest } from './arguments';
import { citationPairsQuery } from '../graph/queries/citation-chains';
import { citationPagesQuery } from '../graph/queries/citation-list';
import { actorsQuery, graphMetaQuery, resolutionsQuery } from '../graph/queries/lists';
import { mentionPagesQuery } from '../graph/queries/mentions';
import { neighborhoodQuery } from '../graph/queries/neighborhood';
import {
  indexedObligationPageQuery,
  obligationCitationQuery,
  obligationFacetsQuery,
  obligationPagesQuery,
  type RoleFilter,
} from '../graph/queries/obligations';
import { relatedQuery } from '../graph/queries/related';
import { searchQuery, type SearchableLabel } from '../graph/queries/search';
import type { ActorKind, Assembly, Modality } from '../ingest/types';
import { planKey } from './statement-plans';

/** An id no node has. */
const NONE = '';

const range = ({ min, max }: { min: number; max: number }) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

/** Each value a filter may have: null (no filter) or one of the type it has when set. */
const either = <T>(value: T): (T | null)[] => [null, value];

/** Obligation pages as the loader and the root field send them: one actor's (indexed, one text per role), any other filter. */
function obligationPageStatements(): Query[] {
  const indexed = obligationPageRequest({ actor: NONE, first: 1 });
  const roles: RoleFilter[] = ['ADDRESSEE', 'COLLABORATOR', 'EITHER'];
  return [
    ...roles.flatMap((role) =>
      either<Modality[]>(['INSTRUCTS']).map((modalities) =>
        indexedObligationPageQuery({ ...indexed, role, modalities }),
      ),
    ),
    obligationPagesQuery([{ ...indexed, includeSubordinates: true }]),
  ];
}

/**
 * Every statement the loaders and the root fields send outside a look-ahead, once per text and
 * types of its parameters (what Neo4j keeps a plan under: a filter left out is a null, which is
 * planned apart from a text).
 */
export function fixedStatements(): Query[] {
  const statements = [
    ...declaredRelations().map((relation) => relatedQuery([{ id: NONE, relation }])),
    ...obligationPageStatements(),
    ...[false, true].flatMap((includeSubordinates) =>
      either(NONE).map((resolution) => obligationFacetsQuery({ actor: NONE, includeSubordinates, resolution })),
    ),
    obligationCitationQuery([NONE]),
    mentionPagesQuery([{ actor: NONE, offset: 0, limit: 1 }]),
    citationPagesQuery([{ target: NONE, citingResolution: null, outdated: null, offset: 0, limit: 1 }]),
    ...either(NONE).flatMap((resolution) =>
      either<SearchableLabel[]>(['Resolution']).map((labels) =>
        searchQuery({ lang: 'ZH', text: 'x', resolution, labels, offset: 0, limit: 1 }),
      ),
    ),
    ...either<Assembly>('WTSA').flatMap((assembly) =>
      either(true).map((textLoaded) => resolutionsQuery({ assembly, textLoaded }, 0, 1)),
    ),
    ...either<ActorKind>('ORGANIZATION').map((kind) => actorsQuery({ kind }, 0, 1)),
    graphMetaQuery(),
    ...range(LIMITS.chainDepth).map((depth) => citationPairsQuery(NONE, depth)),
    ...range(LIMITS.neighborhoodDepth).flatMap((depth) =>
      either(['Resolution']).flatMap((labels) =>
        either(['CITES']).map((types) => neighborhoodQuery({ id: NONE, depth, limit: 1, labels, types })),
      ),
    ),
  ];
  return [...new Map(statements.map((statement) => [planKey(statement), statement])).values()];
}
