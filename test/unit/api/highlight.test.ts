import { escapeHtml, findMatches, highlightRow, highlightText } from '../../../src/api/highlight';
import type { ProvisionRow } from '../../../src/graph/rows';

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
