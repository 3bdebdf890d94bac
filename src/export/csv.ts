/**
 * CSV tables for spreadsheets, R and pandas (RFC 4180 through csv-stringify: a header row,
 * UTF-8, fields quoted when they need it), one per question researchers ask of the graph, and a
 * data dictionary that says what every column holds. Every row carries the graph version.
 */
import { stringify } from 'csv-stringify/sync';
import { displayLabel, type ExportGraph, type ExportNode, GraphIndex } from './graph-data';

export const CSV_TABLES = ['obligations', 'citations', 'provisions', 'actors'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

interface Column {
  name: string;
  type: 'string' | 'integer' | 'boolean';
  description: string;
}

const VERSION: Column = {
  name: 'graph_version',
  type: 'string',
  description: 'The version of the graph the row was exported from.',
};

export const COLUMNS: Record<CsvTable, Column[]> = {
  obligations: [
    {
      name: 'obligation_id',
      type: 'string',
      description: "The obligation's id (GraphQL `Obligation.id`), e.g. WTSA-44/s8/3#o.",
    },
    { name: 'obligation_uri', type: 'string', description: "The obligation's URI." },
    { name: 'resolution_id', type: 'string', description: 'The resolution that states it, e.g. WTSA-44.' },
    {
      name: 'modality',
      type: 'string',
      description: 'RESOLVES, INSTRUCTS, REQUESTS, URGES, INVITES, ENCOURAGES or ACTION_PLAN.',
    },
    {
      name: 'role',
      type: 'string',
      description:
        "ADDRESSEE or COLLABORATOR: the actor's part in the obligation; empty when it names no actor (one row then).",
    },
    {
      name: 'actor_id',
      type: 'string',
      description: "The actor's id, e.g. TSB-DIRECTOR; empty when the obligation names no actor.",
    },
    { name: 'actor_name_en', type: 'string', description: "The actor's English name; empty when unknown." },
    { name: 'actor_name_zh', type: 'string', description: "The actor's Chinese name; empty when unknown." },
    { name: 'source_id', type: 'string', description: 'The paragraph or annex item that states the obligation.' },
    { name: 'source_uri', type: 'string', description: 'Its URI.' },
    { name: 'citation_en', type: 'string', description: 'How to cite the paragraph or item, in English.' },
    { name: 'citation_zh', type: 'string', description: 'How to cite it, in Chinese.' },
    {
      name: 'conditions_zh',
      type: 'string',
      description: 'Conditions of the section and paragraph, in Chinese, separated by " | ".',
    },
    { name: 'text_zh', type: 'string', description: 'The text of the paragraph or item, in Chinese.' },
    VERSION,
  ],
  citations: [
    { name: 'citation_id', type: 'string', description: "The citation's id, e.g. WTSA-44/s1/a#c1." },
    { name: 'citation_uri', type: 'string', description: "The citation's URI." },
    { name: 'citing_resolution_id', type: 'string', description: 'The resolution whose text holds the citation.' },
    { name: 'source_id', type: 'string', description: 'The paragraph, annex or annex item the citation stands in.' },
    { name: 'source_citation_en', type: 'string', description: 'How to cite that unit, in English.' },
    { name: 'target_id', type: 'string', description: 'The cited resolution, e.g. PP-123.' },
    { name: 'target_uri', type: 'string', description: "The cited resolution's (work) URI." },
    {
      name: 'cited_year',
      type: 'integer',
      description: 'The year of the revision the citation names; empty when it names none.',
    },
    { name: 'cited_city_en', type: 'string', description: 'The city of that revision in English; empty when unknown.' },
    { name: 'cited_city_zh', type: 'string', description: 'The city of that revision in Chinese; empty when unknown.' },
    {
      name: 'cited_revised',
      type: 'boolean',
      description:
        'true when the text says the cited resolution is a revision (修订版); empty when it gives no revision.',
    },
    {
      name: 'outdated',
      type: 'boolean',
      description:
        'true when a later revision of the cited resolution is known (curated facts); empty when no revision is cited.',
    },
    { name: 'span_zh', type: 'string', description: 'The words of the citation in the text.' },
    VERSION,
  ],
  provisions: [
    {
      name: 'unit_id',
      type: 'string',
      description: 'The id of the unit of text, e.g. WTSA-44/s8/3, WTSA-44/annex/p2/i3.',
    },
    { name: 'uri', type: 'string', description: 'Its URI (revision and language included).' },
    {
      name: 'kind',
      type: 'string',
      description: 'Section, Provision (a paragraph or sub-item), Footnote, Annex, Programme or AnnexItem.',
    },
    { name: 'resolution_id', type: 'string', description: 'The resolution whose text it is part of.' },
    {
      name: 'parent_id',
      type: 'string',
      description: 'The unit it is part of; empty for a section, footnote or the annex (part of the resolution).',
    },
    {
      name: 'label',
      type: 'string',
      description: 'The label as printed (a, 3, ii) or the section formula; empty for bullets.',
    },
    {
      name: 'level',
      type: 'integer',
      description: 'Depth below the section or programme (1-based); empty where it does not apply.',
    },
    {
      name: 'ordinal',
      type: 'integer',
      description: 'Position in document order within the resolution; empty where it does not apply.',
    },
    { name: 'citation_en', type: 'string', description: 'How to cite it, in English.' },
    { name: 'citation_zh', type: 'string', description: 'How to cite it, in Chinese.' },
    { name: 'text_zh', type: 'string', description: 'Its text (or heading, or title), in Chinese.' },
    VERSION,
  ],
  actors: [
    { name: 'actor_id', type: 'string', description: "The actor's id, e.g. TSB-DIRECTOR." },
    { name: 'uri', type: 'string', description: "The actor's URI." },
    { name: 'kind', type: 'string', description: 'OFFICIAL, BUREAU, SECTOR, MEMBERSHIP, …' },
    { name: 'acronym', type: 'string', description: 'The acronym; empty when none.' },
    { name: 'name_en', type: 'string', description: 'The English name; empty when unknown.' },
    { name: 'name_zh', type: 'string', description: 'The Chinese name; empty when unknown.' },
    { name: 'aliases_zh', type: 'string', description: 'Chinese names the texts use, separated by " | ".' },
    { name: 'parent_id', type: 'string', description: 'The actor it is part of (PART_OF); empty when none.' },
    VERSION,
  ],
};

type Cell = string | number | boolean | null;

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
const list = (value: unknown): string | null => (Array.isArray(value) && value.length > 0 ? value.join(' | ') : null);

function unitText(node: ExportNode): string | null {
  return str(node.props.textZh) ?? str(node.props.headingZh) ?? str(node.props.titleZh);
}

function obligationRows(index: GraphIndex, version: string | null): Cell[][] {
  const rows: Cell[][] = [];
  const obligations = index.graph.nodes.filter((node) => node.label === 'Obligation');
  obligations.sort(
    (a, b) =>
      String(a.props.resolutionId).localeCompare(String(b.props.resolutionId)) ||
      (num(a.props.ordinal) ?? 0) - (num(b.props.ordinal) ?? 0),
  );
  for (const obligation of obligations) {
    const [source] = index.targets(obligation.id, 'STATED_IN');
    const roles: [string, ExportNode][] = [
      ...index.targets(obligation.id, 'ADDRESSED_TO').map((actor): [string, ExportNode] => ['ADDRESSEE', actor]),
      ...index
        .targets(obligation.id, 'IN_COLLABORATION_WITH')
        .map((actor): [string, ExportNode] => ['COLLABORATOR', actor]),
    ];
    const base = (role: string | null, actor: ExportNode | null): Cell[] => [
      obligation.id,
      index.uri(obligation),
      str(obligation.props.resolutionId),
      str(obligation.props.modality),
      role,
      actor?.id ?? null,
      str(actor?.props.nameEn),
      str(actor?.props.nameZh),
      source?.id ?? str(obligation.props.sourceId),
      source ? index.uri(source) : null,
      str(source?.props.citationEn),
      str(source?.props.citationZh),
      list(obligation.props.conditionsZh),
      source ? unitText(source) : null,
      version,
    ];
    if (roles.length === 0) rows.push(base(null, null));
    for (const [role, actor] of roles) rows.push(base(role, actor));
  }
  return rows;
}

function citationRows(index: GraphIndex, version: string | null): Cell[][] {
  return index.graph.nodes
    .filter((node) => node.label === 'Citation')
    .map((citation) => {
      const p = citation.props;
      const source = index.nodes.get(p.sourceId as string);
      const target = index.nodes.get(p.targetId as string);
      return [
        citation.id,
        index.uri(citation),
        str(p.resolutionId),
        str(p.sourceId),
        str(source?.props.citationEn),
        str(p.targetId),
        target ? index.uri(target) : null,
        num(p.citedYear),
        str(p.citedCityEn),
        str(p.citedCityZh),
        bool(p.citedRevised),
        bool(p.outdated),
        str(p.spanZh),
        version,
      ];
    });
}

const UNIT_LABELS = new Set(['Section', 'Provision', 'Footnote', 'Annex', 'Programme', 'AnnexItem']);

function provisionRows(index: GraphIndex, version: string | null): Cell[][] {
  const parents = new Map<string, string>();
  for (const rel of index.graph.relationships) {
    if (['HAS_PROVISION', 'HAS_PROGRAMME', 'HAS_ITEM'].includes(rel.type)) parents.set(rel.to, rel.from);
  }
  return index.graph.nodes
    .filter((node) => UNIT_LABELS.has(node.label))
    .map((unit) => {
      const p = unit.props;
      const label =
        str(p.label) ??
        (unit.label === 'Programme'
          ? String(p.number)
          : unit.label === 'Footnote'
            ? str(p.marker)
            : unit.label === 'Section'
              ? displayLabel(unit).replace(/^.*?\), /, '')
              : null);
      return [
        unit.id,
        index.uri(unit),
        unit.label,
        str(p.resolutionId),
        parents.get(unit.id) ?? null,
        label,
        num(p.level),
        num(p.ordinal),
        str(p.citationEn),
        str(p.citationZh),
        unitText(unit),
        version,
      ];
    });
}

function actorRows(index: GraphIndex, version: string | null): Cell[][] {
  return index.graph.nodes
    .filter((node) => node.label === 'Actor')
    .map((actor) => {
      const p = actor.props;
      const [parent] = index.targets(actor.id, 'PART_OF');
      return [
        actor.id,
        index.uri(actor),
        str(p.kind),
        str(p.acronym),
        str(p.nameEn),
        str(p.nameZh),
        list(p.aliasesZh),
        parent?.id ?? null,
        version,
      ];
    });
}

const ROWS: Record<CsvTable, (index: GraphIndex, version: string | null) => Cell[][]> = {
  obligations: obligationRows,
  citations: citationRows,
  provisions: provisionRows,
  actors: actorRows,
};

/** One table as CSV text, with its header. */
export function toCsv(graph: ExportGraph, table: CsvTable): string {
  const index = new GraphIndex(graph);
  const rows = ROWS[table](index, graph.version);
  return stringify(rows, {
    header: true,
    columns: COLUMNS[table].map((column) => column.name),
    cast: { boolean: (value) => String(value) },
  });
}

/** What every column of every table holds: table, column, type, description. */
export function dataDictionaryCsv(): string {
  const rows = CSV_TABLES.flatMap((table) =>
    COLUMNS[table].map((column) => [table, column.name, column.type, column.description]),
  );
  return stringify(rows, { header: true, columns: ['table', 'column', 'type', 'description'] });
}
