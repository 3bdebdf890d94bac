/**
 * The page's language: labels of the explorer itself in English or Chinese, and the `lang` the
 * API is asked in. Kept in localStorage; the first visit follows the browser's language.
 */
import { useEffect, useState } from 'preact/hooks';

export type Lang = 'EN' | 'ZH';

const LABELS = {
  appName: { EN: 'ITU resolutions explorer', ZH: '国际电联决议浏览器' },
  skip: { EN: 'Skip to content', ZH: '跳到正文' },
  home: { EN: 'Home', ZH: '首页' },
  graphiql: { EN: 'GraphiQL', ZH: 'GraphiQL' },
  switchTo: { EN: '中文 (Chinese)', ZH: 'English (英文)' },
  search: { EN: 'Search', ZH: '搜索' },
  searchLabel: { EN: 'Search the resolutions (Chinese or English)', ZH: '搜索决议（中文或英文）' },
  searchPlaceholder: { EN: 'e.g. 远程参会 or standardization', ZH: '例如：远程参会 或 standardization' },
  results: { EN: 'Results', ZH: '搜索结果' },
  noResults: { EN: 'Nothing matches', ZH: '没有匹配的结果' },
  hits: { EN: 'hits', ZH: '条结果' },
  paragraphs: { EN: 'Paragraphs', ZH: '段落' },
  sections: { EN: 'Sections', ZH: '节' },
  footnote: { EN: 'footnote', ZH: '脚注' },
  annexItems: { EN: 'Annex items', ZH: '附件条目' },
  resolutions: { EN: 'Resolutions', ZH: '决议' },
  actors: { EN: 'Actors', ZH: '行为方' },
  textLoaded: { EN: 'full text', ZH: '全文' },
  citedOnly: { EN: 'cited only', ZH: '仅被引用' },
  loading: { EN: 'Loading…', ZH: '加载中…' },
  notFound: { EN: 'Not found', ZH: '未找到' },
  noSuchPage: { EN: 'There is no page at this address.', ZH: '此地址没有页面。' },
  noSuchNode: { EN: 'No node has the id', ZH: '没有节点的标识为' },
  error: { EN: 'The API answered with an error', ZH: 'API 返回错误' },
  zhOnly: { EN: 'Only in Chinese', ZH: '仅有中文' },
  zhOnlyNotice: {
    EN: 'The text of this resolution is in the graph in Chinese only; it is shown in Chinese.',
    ZH: '',
  },
  history: { EN: 'History', ZH: '沿革' },
  adopted: { EN: 'Adopted', ZH: '通过' },
  revised: { EN: 'Revised', ZH: '修订' },
  latestRevision: { EN: 'Latest known revision', ZH: '已知最新修订' },
  textAdoptedBy: { EN: 'Text in the graph', ZH: '图中文本' },
  factsSource: { EN: 'Facts from', ZH: '事实来源' },
  notLoaded: {
    EN: 'Only the curated facts of this resolution are in the graph: its text is not loaded.',
    ZH: '图中只有该决议的整理事实，其文本未载入。',
  },
  citedBy: { EN: 'Cited by', ZH: '被引用于' },
  contents: { EN: 'Contents', ZH: '目录' },
  preamble: { EN: 'Preamble', ZH: '序言' },
  operative: { EN: 'Operative part', ZH: '执行部分' },
  footnotes: { EN: 'Footnotes', ZH: '脚注' },
  annex: { EN: 'Annex', ZH: '附件' },
  programme: { EN: 'Programme', ZH: '项目' },
  addressees: { EN: 'Addressed to', ZH: '对象' },
  collaborators: { EN: 'In collaboration with', ZH: '协作方' },
  responsible: { EN: 'Responsible', ZH: '负责方' },
  conditions: { EN: 'Conditions', ZH: '条件' },
  copyCitation: { EN: 'Copy citation', ZH: '复制引文' },
  copied: { EN: 'Copied', ZH: '已复制' },
  copyFailed: { EN: 'Select and copy:', ZH: '请选择并复制：' },
  link: { EN: 'Link', ZH: '链接' },
  linkTo: { EN: 'Link to', ZH: '链接到' },
  graph: { EN: 'Graph', ZH: '关系图' },
  graphOf: { EN: 'Graph around', ZH: '关系图：' },
  revisedSince: { EN: 'revised since', ZH: '此后已修订' },
  citedRevision: { EN: 'cited revision', ZH: '引用版本' },
  kind: { EN: 'Kind', ZH: '类型' },
  aliases: { EN: 'Also called', ZH: '别称' },
  partOf: { EN: 'Part of', ZH: '隶属于' },
  parts: { EN: 'Parts', ZH: '下属' },
  top: { EN: 'top of the hierarchy', ZH: '层级顶端' },
  obligations: { EN: 'What it is asked to do', ZH: '被要求做的事' },
  includeSubordinates: { EN: 'Include its parts (subordinates)', ZH: '包括下属' },
  noObligations: { EN: 'No obligation is addressed to it.', ZH: '没有对它的要求。' },
  more: { EN: 'Load more', ZH: '加载更多' },
  inResolution: { EN: 'in', ZH: '出自' },
  openParagraph: { EN: 'Open in the text', ZH: '在文本中打开' },
  depth: { EN: 'Depth', ZH: '深度' },
  limit: { EN: 'Most nodes', ZH: '最多节点' },
  apply: { EN: 'Show', ZH: '显示' },
  truncated: {
    EN: 'More nodes are within reach than the limit allows: the graph is truncated.',
    ZH: '可达节点超过上限：图已截断。',
  },
  graphHelp: {
    EN: 'Click a node to add its neighbours; double-click to open it. The list below does the same by keyboard.',
    ZH: '单击节点以展开其相邻节点；双击打开。下方列表可用键盘完成同样操作。',
  },
  graphImage: { EN: 'Graph of the nodes around', ZH: '以下节点周围的关系图：' },
  nodes: { EN: 'Nodes', ZH: '节点' },
  edges: { EN: 'relationships', ZH: '关系' },
  expand: { EN: 'Expand', ZH: '展开' },
  open: { EN: 'Open', ZH: '打开' },
  legend: { EN: 'Colours', ZH: '颜色' },
  opening: { EN: 'Opening', ZH: '正在打开' },
} as const;

export type LabelKey = keyof typeof LABELS;

export const MODALITY: Record<string, { EN: string; ZH: string }> = {
  RESOLVES: { EN: 'Resolves', ZH: '做出决议' },
  INSTRUCTS: { EN: 'Instructs', ZH: '责成' },
  REQUESTS: { EN: 'Requests', ZH: '要求' },
  URGES: { EN: 'Urges', ZH: '敦促' },
  INVITES: { EN: 'Invites', ZH: '请' },
  ENCOURAGES: { EN: 'Encourages', ZH: '鼓励' },
  ACTION_PLAN: { EN: 'Action plan', ZH: '行动计划' },
};

export const MODALITIES = Object.keys(MODALITY);

const STORAGE_KEY = 'explorer.lang';
let current: Lang = initialLang();
const listeners = new Set<(lang: Lang) => void>();

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'EN' || stored === 'ZH') return stored;
  } catch {
    // storage can be refused (private mode): fall through to the browser's language
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'ZH' : 'EN';
}

export function htmlLang(lang: Lang): string {
  return lang === 'ZH' ? 'zh-Hans' : 'en';
}

export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not kept across visits then
  }
  document.documentElement.lang = htmlLang(lang);
  for (const listener of listeners) listener(lang);
}

export function useLang(): Lang {
  const [lang, set] = useState(current);
  useEffect(() => {
    listeners.add(set);
    return () => void listeners.delete(set);
  }, []);
  return lang;
}

export function label(key: LabelKey, lang: Lang): string {
  return LABELS[key][lang];
}

document.documentElement.lang = htmlLang(current);
