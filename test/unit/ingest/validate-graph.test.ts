/** validateGraph lists every problem of a broken graph; the real graph has none. */
import { GraphValidationError, type NormalizedGraph } from '../../../src/ingest';
import { validateGraph } from '../../../src/ingest/validate-graph';
import { ingestRes44 } from './real-text';

function problemsOf(graph: NormalizedGraph): string[] {
  try {
    validateGraph(graph);
  } catch (err) {
    if (err instanceof GraphValidationError) return err.problems;
    throw err;
  }
  return [];
}

const small = (): NormalizedGraph => ({
  resolutions: ['WTSA-1'],
  nodes: [
    {
      label: 'Resolution',
      id: 'WTSA-1',
      props: {
        assembly: 'WTSA',
        number: 1,
        titleZh: 't',
        titleEn: null,
        textLoaded: true,
        factsSource: null,
        sourceFile: 'f',
      },
    },
    {
      label: 'Actor',
      id: 'TSB',
      props: { kind: 'BUREAU', acronym: 'TSB', nameZh: '电信标准化局', nameEn: 'TSB', aliasesZh: [] },
    },
  ],
  relationships: [],
});

describe('validateGraph', () => {
  it('accepts the graph of the real text', () => {
    expect(problemsOf(ingestRes44())).toEqual([]);
  });

  it('reports a duplicate id', () => {
    const graph = small();
    graph.nodes.push({ ...graph.nodes[1] });
    expect(problemsOf(graph)).toEqual(['duplicate id TSB (Actor and Actor)']);
  });

  it('reports a dangling relationship', () => {
    const graph = small();
    graph.relationships.push({
      type: 'PART_OF',
      from: 'TSB',
      fromLabel: 'Actor',
      to: 'ITU-T',
      toLabel: 'Actor',
      props: {},
    });
    expect(problemsOf(graph)).toEqual(['PART_OF TSB → ITU-T: to node ITU-T does not exist']);
  });

  it('reports labels that do not match the nodes or the relationship type', () => {
    const graph = small();
    graph.relationships.push({
      type: 'HAS_SECTION',
      from: 'WTSA-1',
      fromLabel: 'Resolution',
      to: 'TSB',
      toLabel: 'Section',
      props: {},
    });
    graph.relationships.push({
      type: 'MENTIONS',
      from: 'WTSA-1',
      fromLabel: 'Resolution',
      to: 'TSB',
      toLabel: 'Actor',
      props: { count: 1 },
    });
    expect(problemsOf(graph)).toEqual([
      'HAS_SECTION WTSA-1 → TSB: to label is Section, the node is a Actor',
      'MENTIONS WTSA-1 → TSB: from label expected Provision or AnnexItem or Section, received Resolution',
    ]);
  });

  it('reports a loaded resolution that is missing', () => {
    const graph = small();
    graph.resolutions.push('WTSA-2');
    expect(problemsOf(graph)).toEqual(['loaded resolution WTSA-2: expected a Resolution node with textLoaded=true']);
  });
});
