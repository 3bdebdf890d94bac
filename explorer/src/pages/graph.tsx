/**
 * `/g/<id>`: the neighbourhood of a node, drawn with cytoscape.js. Colour by kind, the
 * relationship type on each edge; a click on a node adds its own neighbours, a double click
 * opens its page. Depth and limit are in the address; the API's `truncated` shows as a notice.
 * The list under the drawing holds the same nodes as buttons, for keyboards and screen readers.
 * cytoscape.js is loaded on demand, so that the other pages do not carry it.
 */
import type cytoscapeFactory from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import { requestIn, shown } from '../api';
import { NotFound, Status, Text, useLoad, usePageTitle } from '../common';
import { label, type Lang } from '../i18n';
import { NEIGHBORHOOD } from '../operations';
import { navigate, paths } from '../router';
import { pageOf } from './node';

/* eslint-disable @typescript-eslint/no-explicit-any */
type GraphNode = { id: string; type: string; label: string | null; __zh?: { label?: string } };
type GraphEdge = { source: string; target: string; type: string };
type Neighborhood = { truncated: boolean; nodes: GraphNode[]; edges: GraphEdge[] };

const LAYOUT = {
  name: 'cose',
  animate: false,
  padding: 20,
  nodeRepulsion: () => 60000,
  idealEdgeLength: () => 70,
  nodeOverlap: 12,
  componentSpacing: 60,
} as any;

/**
 * Above this many nodes the drawing keeps its labels to what orients a reader: the centre, the
 * nodes expanded, and the kinds a resolution has few of (resolutions, sections, actors,
 * meetings...). The kinds that come by the dozen (paragraphs, obligations, annex items,
 * citations, footnotes) show their labels when the pointer is on them or a neighbour, when
 * selected, or once zoomed in; every node is in the list below.
 */
const BUSY_NODES = 30;
const NUMEROUS = new Set(['Provision', 'Obligation', 'AnnexItem', 'Citation', 'Footnote']);
/** Above this many edges an edge's type shows only beside the node under the pointer. */
const BUSY_EDGES = 24;

/** Marks what the drawing leaves unlabelled until the pointer or the zoom asks for it. */
function declutter(graph: Core, centre: string): void {
  const busy = graph.nodes().length > BUSY_NODES;
  graph.nodes().removeClass('quiet');
  if (busy)
    graph
      .nodes()
      .filter((n) => n.id() !== centre && !n.data('expanded') && NUMEROUS.has(n.data('type')))
      .addClass('quiet');
  if (graph.edges().length > BUSY_EDGES) graph.edges().addClass('unlabelled');
  else graph.edges().removeClass('unlabelled');
}

export const COLOURS: Record<string, string> = {
  Resolution: '#1f5fa8',
  Section: '#6a4c93',
  Provision: '#2a7f62',
  Footnote: '#7a7a7a',
  Annex: '#a0522d',
  Programme: '#c2571a',
  AnnexItem: '#d4a017',
  Citation: '#008b8b',
  Meeting: '#5b6770',
  Actor: '#c0392b',
  Obligation: '#8e44ad',
};

/**
 * cytoscape.js writes a one-rule <style> element (position: relative on its container) unless
 * an element with this id exists; the page's Content-Security-Policy refuses inline styles, so
 * the rule lives in style.css and a placeholder element stands in for the <style>.
 */
function claimCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = id;
  document.head.appendChild(placeholder);
}

function clamp(raw: string | null, fallback: number, min: number, max: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

function caption(node: GraphNode): string {
  const text = node.label ?? node.__zh?.label ?? node.id;
  const line = text.split('\n')[0]!;
  return line.length > 28 ? `${line.slice(0, 27)}…` : line;
}

function elementsOf(hood: Neighborhood): ElementDefinition[] {
  return [
    ...hood.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, type: n.type, caption: caption(n), colour: COLOURS[n.type] ?? '#444' },
    })),
    ...hood.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: `${e.source}|${e.type}|${e.target}`, source: e.source, target: e.target, type: e.type },
    })),
  ];
}

export function GraphPage({
  lang,
  id,
  depth: depthParam,
  limit: limitParam,
}: {
  lang: Lang;
  id: string;
  depth: string | null;
  limit: string | null;
}) {
  const depth = clamp(depthParam, 1, 1, 3);
  const limit = clamp(limitParam, 60, 1, 500);
  usePageTitle(`${label('graph', lang)}: ${id}`, lang);
  const loaded = useLoad(`${id}|${depth}|${limit}|${lang}`, (signal) =>
    requestIn<{ neighborhood: Neighborhood | null }>(NEIGHBORHOOD, { id, depth, limit }, lang, signal),
  );
  const hood = loaded.state === 'done' ? loaded.data.neighborhood : null;

  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [nodes, setNodes] = useState<GraphNode[]>([]);
  const [edgeCount, setEdgeCount] = useState(0);
  const [truncated, setTruncated] = useState(false);
  const [expanded, setExpanded] = useState<string[]>([]);

  const sync = () => {
    if (!cy.current) return;
    setEdgeCount(cy.current.edges().length);
    setNodes(cy.current.nodes().map((n) => n.data('node') as GraphNode));
  };

  const expand = async (nodeId: string) => {
    const answer = await requestIn<{ neighborhood: Neighborhood | null }>(
      NEIGHBORHOOD,
      { id: nodeId, depth: 1, limit },
      lang,
    );
    const more = answer.neighborhood;
    if (!more || !cy.current) return;
    const graph = cy.current;
    const at = graph.getElementById(nodeId).position();
    const fresh = elementsOf(more).filter((el) => graph.getElementById(el.data.id!).empty());
    graph.add(fresh.map((el) => (el.group === 'nodes' ? { ...el, position: { ...at } } : el)));
    for (const n of more.nodes) graph.getElementById(n.id).data('node', graph.getElementById(n.id).data('node') ?? n);
    if (more.truncated) setTruncated(true);
    setExpanded((list) => [...list, nodeId]);
    graph.getElementById(nodeId).data('expanded', true);
    declutter(graph, id);
    graph.layout({ ...LAYOUT, randomize: false }).run();
    sync();
  };

  useEffect(() => {
    if (!hood || !container.current) return;
    let graph: Core | null = null;
    let cancelled = false;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      claimCytoscapeStylesheet();
      draw(cytoscape, container.current);
    });
    const draw = (cytoscape: typeof cytoscapeFactory, element: HTMLDivElement) => {
      graph = cytoscape({
        container: element,
        elements: elementsOf(hood),
        style: [
          {
            selector: 'node',
            style: {
              'background-color': 'data(colour)',
              label: 'data(caption)',
              'font-size': 9,
              color: '#1a1a1a',
              'text-valign': 'bottom',
              'text-margin-y': 3,
              'text-wrap': 'none',
              width: 18,
              height: 18,
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.8,
              'min-zoomed-font-size': 7,
            },
          },
          {
            selector: `node[id = ${JSON.stringify(id)}]`,
            style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#111' },
          },
          {
            selector: 'edge',
            style: {
              width: 1.2,
              'line-color': '#9aa3ad',
              'target-arrow-color': '#9aa3ad',
              'target-arrow-shape': 'triangle',
              'curve-style': 'bezier',
              label: 'data(type)',
              'font-size': 6,
              color: '#4a4f55',
              'text-rotation': 'autorotate',
              'min-zoomed-font-size': 9,
            },
          },
          { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f39c12' } },
          // cytoscape compares the font size times the zoom rounded up to a power of two: a 9 px
          // label under 20 px stays hidden up to zoom 2 and shows beyond.
          { selector: 'node.quiet', style: { 'min-zoomed-font-size': 20 } },
          { selector: 'node.quiet.near, node.quiet:selected', style: { 'min-zoomed-font-size': 0, 'z-index': 10 } },
          { selector: 'edge.unlabelled', style: { label: '' } },
          {
            selector: 'edge.unlabelled.near',
            style: { label: 'data(type)', 'font-size': 8, 'min-zoomed-font-size': 0, color: '#1a1a1a' },
          },
        ],
        layout: LAYOUT,
      });
      for (const n of hood.nodes) graph.getElementById(n.id).data('node', n);
      declutter(graph, id);
      // The node under the pointer, its edges and its neighbours show their labels.
      graph.on('mouseover', 'node', (event) => {
        const node = event.target;
        node.union(node.connectedEdges()).union(node.neighborhood('node')).addClass('near');
      });
      graph.on('mouseout', 'node', () => graph?.elements('.near').removeClass('near'));
      graph.on('tap', 'node', (event) => void expand(event.target.id()));
      graph.on('dbltap', 'node', (event) => openNode(event.target.id()));
      cy.current = graph;
      (container.current as any).cy = graph;
      setTruncated(hood.truncated);
      setExpanded([]);
      sync();
    };
    return () => {
      cancelled = true;
      graph?.destroy();
      cy.current = null;
    };
  }, [hood]);

  const openNode = (nodeId: string) => {
    const node = cy.current?.getElementById(nodeId).data('node') as GraphNode | undefined;
    if (node?.type === 'Actor') navigate(paths.actor(nodeId));
    else if (node?.type === 'Resolution') navigate(paths.reader(nodeId));
    else navigate(paths.node(nodeId));
  };

  const apply = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    navigate(`${paths.graph(id)}?depth=${form.get('depth')}&limit=${form.get('limit')}`);
  };

  if (loaded.state === 'done' && !hood) return <NotFound id={id} lang={lang} />;
  const centre = hood?.nodes[0];
  return (
    <article class="graph-page">
      <header class="page-head">
        <p class="kicker">
          {label('graphOf', lang)} <a href={paths.node(id)}>{id}</a>
        </p>
        <h1>{centre ? <Text value={shown(centre, 'label')} lang={lang} fallbackText={id} /> : id}</h1>
      </header>
      <form class="graph-controls" onSubmit={apply}>
        <label>
          {label('depth', lang)}{' '}
          <select name="depth" value={String(depth)}>
            {[1, 2, 3].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <label>
          {label('limit', lang)} <input name="limit" type="number" min={1} max={500} value={limit} />
        </label>
        <button type="submit">{label('apply', lang)}</button>
      </form>
      <Status loaded={loaded} lang={lang} />
      {truncated && (
        <p class="notice" role="status" data-truncated="true">
          {label('truncated', lang)}
        </p>
      )}
      <p class="help">{label('graphHelp', lang)}</p>
      <div
        ref={container}
        class="graph"
        role="img"
        aria-label={`${label('graphImage', lang)} ${id}: ${nodes.length} ${label('nodes', lang)}, ${edgeCount} ${label('edges', lang)}`}
        data-nodes={nodes.length}
        data-edges={edgeCount}
      />
      <ul class="legend" aria-label={label('legend', lang)}>
        {Object.entries(COLOURS)
          .filter(([type]) => nodes.some((n) => n.type === type))
          .map(([type, colour]) => (
            <li key={type}>
              <span class="swatch" style={{ background: colour }} /> {type}
            </li>
          ))}
      </ul>
      <section aria-labelledby="node-list-heading">
        <h2 id="node-list-heading">
          {label('nodes', lang)} <span class="count">({nodes.length})</span>
        </h2>
        <ul class="node-list">
          {nodes.map((n) => (
            <li key={n.id} data-node-id={n.id}>
              <span class="swatch" style={{ background: COLOURS[n.type] ?? '#444' }} />
              <span class="type">{n.type}</span> <Text value={shown(n, 'label')} lang={lang} fallbackText={n.id} />{' '}
              <span class="node-id">{n.id}</span>
              <span class="node-actions">
                <button
                  type="button"
                  class="small"
                  disabled={expanded.includes(n.id)}
                  onClick={() => void expand(n.id)}
                  aria-label={`${label('expand', lang)} ${n.id}`}
                >
                  {label('expand', lang)}
                </button>
                <a
                  class="small-link"
                  href={
                    n.type === 'Actor' || n.type === 'Resolution'
                      ? pageOf({ __typename: n.type, id: n.id })
                      : paths.node(n.id)
                  }
                  aria-label={`${label('open', lang)} ${n.id}`}
                >
                  {label('open', lang)}
                </a>
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
