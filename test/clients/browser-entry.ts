/** The client scenario in a page: `window.ApiClients.runClients(...)`, and `draw` for a look at it. */
import cytoscape from 'cytoscape';
import { type Drawing, runClients } from './scenario';

/** Draws a neighbourhood with cytoscape.js into `container`, with the API's shape as it comes. */
function draw(container: unknown, drawing: Drawing): number {
  const cy = cytoscape({
    container: container as cytoscape.CytoscapeOptions['container'],
    elements: { nodes: drawing.nodes.map((data) => ({ data })), edges: drawing.edges.map((data) => ({ data })) },
    layout: {
      name: 'concentric',
      concentric: (node) => 10 - (drawing.distances.find((d) => d.node === node.id())?.distance ?? 9),
      levelWidth: () => 1,
    },
    style: [
      {
        selector: 'node',
        style: { label: 'data(label)', 'font-size': 8, width: 12, height: 12, 'background-color': '#4a6fa5' },
      },
      { selector: 'node[kind = "RESOLUTION"]', style: { 'background-color': '#c0392b', width: 20, height: 20 } },
      {
        selector: 'edge',
        style: {
          width: 1,
          'line-color': '#aaa',
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'target-arrow-color': '#aaa',
        },
      },
    ],
  });
  return cy.nodes().length;
}

(globalThis as unknown as { ApiClients: unknown }).ApiClients = { runClients, draw };
