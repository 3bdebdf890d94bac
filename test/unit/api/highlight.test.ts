import { rootFieldInfo } from './parse-operation';
import {
  escapeHtml,
  findMatches,
  HIGHLIGHT_READS,
  highlightRow,
  highlightText,
  SEARCHED_TEXTS,
  withHighlightReads,
} from '../../../src/api/highlight';
import { prefetchTree } from '../../../src/api/prefetch';
import type { ProvisionRow } from '../../../src/graph/rows';

/** The prefetch tree of the `search` root field of `query`. */
function searchTree(query: string) {
  return prefetchTree(rootFieldInfo(query));
}

describe('highlightText', () => {
  it('wraps each match of a Chinese word in <em>', () => {
    expect(highlightText('须在研究组会议期间提供口译；', ['口译'], 'ZH')).toBe('须在研究组会议期间提供<em>口译</em>；');
  });

  it('cuts long texts around the first match with ellipses', () => {
    const text = `${'甲'.repeat(100)}口译${'乙'.repeat(100)}`;
    const snippet = highlightText(text, ['口译'], 'ZH', 20) as string;
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('<em>口译</em>');
  });

  it('matches English words by their stem, whatever the case', () => {
    expect(highlightText('Bridging the standardization gap', ['bridge'], 'EN')).toBe(
      '<em>Bridging</em> the standardization gap',
    );
  });

  it('escapes markup in the text and in the match', () => {
    expect(highlightText('a <b> & 口译', ['口译'], 'ZH')).toBe('a &lt;b&gt; &amp; <em>口译</em>');
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });

  it('treats regular-expression characters in the words literally', () => {
    expect(findMatches('a (b) c', ['(b)'], 'ZH')).toEqual([{ start: 2, end: 5 }]);
    expect(highlightText('nothing here', ['.*'], 'ZH')).toBeNull();
  });
});

describe('highlightRow', () => {
  it('takes the first text of the node that shows a match', () => {
    const row = { id: 'p', nodeLabel: 'Provision', textZh: '提供口译' } as ProvisionRow;
    expect(highlightRow(row, ['口译'], 'ZH')).toBe('提供<em>口译</em>');
    expect(highlightRow(row, ['口译'], 'EN')).toBeNull();
  });
});

describe('what a search hit reads for its highlight', () => {
  it("is the searched language's texts only, in place of SEARCHED_TEXTS", () => {
    const tree = searchTree('{ search(text: "口译") { edges { highlight node { id } } } }');
    const others = [...tree.props].filter((prop) => prop !== SEARCHED_TEXTS);
    expect(tree.props.has(SEARCHED_TEXTS)).toBe(true);
    expect(others).toContain('id');
    expect([...withHighlightReads(tree, 'ZH').props].sort()).toEqual([...others, ...HIGHLIGHT_READS.ZH].sort());
    expect([...withHighlightReads(tree, 'EN').props].sort()).toEqual([...others, ...HIGHLIGHT_READS.EN].sort());
    expect(tree.props.has(SEARCHED_TEXTS)).toBe(true);
  });

  it('keeps a text the selection reads itself, in either language, and adds none without a highlight', () => {
    const tree = searchTree(
      '{ search(text: "口译") { edges { highlight node { ... on Resolution { title(lang: EN) } } } } }',
    );
    expect([...withHighlightReads(tree, 'ZH').props]).toEqual(expect.arrayContaining(['titleEn', 'titleZh', 'textZh']));
    const plain = searchTree('{ search(text: "口译") { edges { node { id } } } }');
    expect(withHighlightReads(plain, 'ZH')).toBe(plain);
  });
});
