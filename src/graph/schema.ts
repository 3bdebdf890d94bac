/**
 * The Neo4j schema the API relies on, created idempotently (IF NOT EXISTS) before every load:
 * a uniqueness constraint on the id of the shared `Entity` label (every node the loader writes
 * carries it, so a lookup of any node by id is one index seek and no two nodes share an id), of
 * the shared labels the loader MERGEs by (SHARED_LABELS) and of the other labels outside `Entity`;
 * an id index on each label of a text (TEXT_LABELS), for the reads and the loader's matches that
 * name the label; the property indexes the API filters on and orders by (the obligations' stored
 * sort keys, see obligation-keys.ts); and the full-text indexes for search, `cjk` for Chinese and
 * `english` for English.
 */
import type { NodeLabel } from '../ingest/types';
import type { Database } from './database';
import { TALLY_LABEL } from './obligation-keys';

/** The labels of nodes that several texts share: the loader MERGEs them by id. */
export const SHARED_LABELS: readonly NodeLabel[] = ['Resolution', 'Meeting', 'Actor'];

/**
 * The labels of the nodes of a text, which only a load of that text CREATEs. Each node also
 * carries `Entity`, whose constraint already makes its id unique, so a second uniqueness
 * constraint per node (a lock and an index seek for every node a load creates) would check
 * nothing more: the label's id is a plain range index.
 */
export const TEXT_LABELS: readonly NodeLabel[] = [
  'Section',
  'Provision',
  'Footnote',
  'Annex',
  'Programme',
  'AnnexItem',
  'Citation',
  'Obligation',
];

export const NODE_LABELS: readonly NodeLabel[] = [...SHARED_LABELS, ...TEXT_LABELS];

/** Every node written by the loader carries this label beside its own. */
export const ENTITY_LABEL = 'Entity';

/** The snapshot of one loaded expression (src/graph/annotate-graph.ts); not an `Entity`. */
export const EXPRESSION_LABEL = 'Expression';

export const FULLTEXT_ZH = 'text_zh';
export const FULLTEXT_EN = 'text_en';

/** The name of the uniqueness constraint on a label's id. */
function idConstraint(label: string): string {
  return `${label.toLowerCase()}_id`;
}

/** The name of the id index of a label of a text (TEXT_LABELS). */
export function textIdIndex(label: NodeLabel): string {
  return `${label.toLowerCase()}_by_id`;
}

export function schemaStatements(): string[] {
  const constraints = [...SHARED_LABELS, ENTITY_LABEL, EXPRESSION_LABEL, TALLY_LABEL, 'GraphMeta'].map(
    (label) => `CREATE CONSTRAINT ${idConstraint(label)} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  const indexes = [
    ...TEXT_LABELS.map((label) => `CREATE INDEX ${textIdIndex(label)} IF NOT EXISTS FOR (n:${label}) ON (n.id)`),
    'CREATE INDEX entity_resolution IF NOT EXISTS FOR (n:Entity) ON (n.resolutionId)',
    'CREATE INDEX resolution_assembly IF NOT EXISTS FOR (n:Resolution) ON (n.assembly, n.number)',
    'CREATE INDEX obligation_modality IF NOT EXISTS FOR (n:Obligation) ON (n.modality)',
    'CREATE INDEX obligation_resolution IF NOT EXISTS FOR (n:Obligation) ON (n.resolutionId)',
    'CREATE INDEX citation_target IF NOT EXISTS FOR (n:Citation) ON (n.targetId)',
    'CREATE INDEX citation_resolution IF NOT EXISTS FOR (n:Citation) ON (n.resolutionId)',
    `CREATE INDEX expression_resolution IF NOT EXISTS FOR (n:${EXPRESSION_LABEL}) ON (n.resolutionId)`,
    'CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)',
    // the stored sort keys of obligation pages (obligation-keys.ts): ORDER BY … LIMIT reads the index
    'CREATE INDEX obligation_order IF NOT EXISTS FOR (n:Obligation) ON (n.orderKey)',
    'CREATE INDEX addressed_to_page IF NOT EXISTS FOR ()-[r:ADDRESSED_TO]-() ON (r.pageKey)',
    'CREATE INDEX collaboration_page IF NOT EXISTS FOR ()-[r:IN_COLLABORATION_WITH]-() ON (r.pageKey)',
  ];
  const fulltext = [
    `CREATE FULLTEXT INDEX ${FULLTEXT_ZH} IF NOT EXISTS
       FOR (n:Provision|AnnexItem|Programme|Annex|Resolution|Actor|Footnote|Section)
       ON EACH [n.textZh, n.titleZh, n.nameZh, n.headingZh]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
    `CREATE FULLTEXT INDEX ${FULLTEXT_EN} IF NOT EXISTS
       FOR (n:Resolution|Actor)
       ON EACH [n.titleEn, n.nameEn]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'english' } }`,
  ];
  return [...constraints, ...indexes, ...fulltext];
}

/**
 * Indexes that an earlier schema created and that no read uses: a text's nodes are found by their
 * resolution through `entity_resolution`, and the whole integration suite (every read path)
 * left these three with a `readCount` of 0 in `SHOW INDEXES`, while every section, paragraph and
 * annex item paid an entry in one of them at load. Dropped where they exist; dropping an index
 * that does not exist changes no schema, so Neo4j's plan cache survives a later ensureSchema.
 */
export const RETIRED_INDEXES: readonly string[] = [
  'section_resolution',
  'provision_resolution',
  'annex_item_resolution',
];

/**
 * Constraints that an earlier schema created: the uniqueness of the id of each label of a text,
 * beside `Entity`'s (see TEXT_LABELS). Dropped before the schema is created, since an index on the
 * same label and property as a constraint's cannot be created beside it.
 */
export const RETIRED_CONSTRAINTS: readonly string[] = TEXT_LABELS.map(idConstraint);

/**
 * Drops the retired constraints and indexes, creates what is missing, and waits until every index
 * is online. Dropping what does not exist changes no schema, so it keeps Neo4j's plan cache.
 */
export async function ensureSchema(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    for (const name of RETIRED_CONSTRAINTS) await session.run(`DROP CONSTRAINT ${name} IF EXISTS`);
    for (const name of RETIRED_INDEXES) await session.run(`DROP INDEX ${name} IF EXISTS`);
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
