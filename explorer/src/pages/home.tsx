/** `/`: one search box, the hits grouped by kind, and the resolutions and actors of the graph. */
import { useState } from 'preact/hooks';
import { requestIn, shown } from '../api';
import { Highlight, MoreButton, type Page, Status, Text, useLoad, useMorePages, usePageTitle } from '../common';
import { label, type Lang, type LabelKey } from '../i18n';
import { ACTORS, RESOLUTIONS, SEARCH } from '../operations';
import { navigate, paths } from '../router';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Hit = { score: number; highlight: string | null; kind: string; node: any };
type SearchPage = Page<Hit> & { totalCount: number; facets: { kind: string; count: number }[] };

/** Hits per page of results; "Load more" asks for the next. */
const PAGE = 50;

/** The groups of hits on the page, each of the search's kinds (SearchKind) in exactly one. */
const GROUPS: { key: LabelKey; kinds: string[] }[] = [
  { key: 'paragraphs', kinds: ['PROVISION'] },
  { key: 'sections', kinds: ['SECTION'] },
  { key: 'footnotes', kinds: ['FOOTNOTE'] },
  { key: 'annexItems', kinds: ['ANNEX_ITEM', 'PROGRAMME', 'ANNEX'] },
  { key: 'resolutions', kinds: ['RESOLUTION'] },
  { key: 'actors', kinds: ['ACTOR'] },
];

export function HomePage({ lang, query }: { lang: Lang; query: string }) {
  usePageTitle(query ? `${label('search', lang)}: ${query}` : null, lang);
  const [text, setText] = useState(query);
  const submit = (event: Event) => {
    event.preventDefault();
    const q = text.trim();
    navigate(q ? `/?q=${encodeURIComponent(q)}` : '/');
  };
  return (
    <>
      <h1>{label('appName', lang)}</h1>
      <form role="search" class="search" onSubmit={submit}>
        <label for="q">{label('searchLabel', lang)}</label>
        <div class="search-row">
          <input
            id="q"
            name="q"
            type="search"
            value={text}
            maxLength={200}
            placeholder={label('searchPlaceholder', lang)}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit">{label('search', lang)}</button>
        </div>
      </form>
      {query && <SearchResults lang={lang} query={query} />}
      <div class="columns">
        <ResolutionList lang={lang} />
        <ActorList lang={lang} />
      </div>
    </>
  );
}

function SearchResults({ lang, query }: { lang: Lang; query: string }) {
  const key = `${lang}|${query}`;
  const loaded = useLoad(key, (signal) =>
    requestIn<{ search: SearchPage }>(SEARCH, { text: query, first: PAGE }, lang, signal),
  );
  const first = loaded.state === 'done' ? loaded.data.search : null;
  const pages = useMorePages(key, first, (after) =>
    requestIn<{ search: SearchPage }>(SEARCH, { text: query, first: PAGE, after }, lang).then((page) => page.search),
  );

  if (!first)
    return (
      <section class="results" aria-labelledby="results-heading">
        <h2 id="results-heading">{label('results', lang)}</h2>
        <Status loaded={loaded} lang={lang} />
      </section>
    );
  const { edges } = pages;
  const counts = new Map(first.facets.map((f) => [f.kind, f.count]));

  return (
    <section class="results" aria-labelledby="results-heading" data-shown={edges.length}>
      <h2 id="results-heading">
        {label('results', lang)}
        <span class="count">
          {' '}
          · {first.totalCount} {label('hits', lang)}
        </span>
      </h2>
      {edges.length === 0 && <p>{label('noResults', lang)}</p>}
      {GROUPS.map(({ key: group, kinds }) => {
        const hits = edges.filter((hit) => kinds.includes(hit.kind));
        const total = kinds.reduce((sum, kind) => sum + (counts.get(kind) ?? 0), 0);
        if (!hits.length) return null;
        return (
          <section key={group} class="hit-group" data-group={group}>
            <h3>
              {label(group, lang)}{' '}
              <span class="count">({hits.length < total ? `${hits.length} / ${total}` : total})</span>
            </h3>
            <ul class="hits">
              {hits.map((hit) => (
                <li key={hit.node.id} data-node-id={hit.node.id}>
                  <a href={hitLink(hit.node)}>{hitTitle(hit.node, lang)}</a>
                  {hit.highlight && (
                    <p class="snippet" lang="zh-Hans">
                      <Highlight html={hit.highlight} />
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <MoreButton pages={pages} total={first.totalCount} lang={lang} />
    </section>
  );
}

function hitLink(node: any): string {
  switch (node.__typename) {
    case 'Resolution':
      return paths.reader(node.id);
    case 'Actor':
      return paths.actor(node.id);
    case 'Provision':
    case 'Section':
    case 'Footnote':
    case 'AnnexItem':
    case 'Programme':
    case 'Annex':
      return paths.reader(node.resolution.id, node.id);
    default:
      return paths.node(node.id);
  }
}

function hitTitle(node: any, lang: Lang) {
  switch (node.__typename) {
    case 'Provision':
      return (
        <>
          {node.resolution.id}, <Text value={shown(node.section, 'heading')} lang={lang} /> {node.label})
        </>
      );
    case 'Section':
      return (
        <>
          {node.resolution.id}, <Text value={shown(node, 'heading')} lang={lang} fallbackText={node.sectionKind} />
        </>
      );
    case 'Footnote':
      return `${node.resolution.id}, ${label('footnote', lang)} ${node.marker}`;
    case 'AnnexItem':
      return `${node.resolution.id}, ${label('annex', lang)}, ${label('programme', lang)} ${node.programme.number}${node.itemLabel ? `, ${node.itemLabel})` : ''}`;
    case 'Programme':
      return `${node.resolution.id}, ${label('annex', lang)}, ${label('programme', lang)} ${node.number}`;
    case 'Annex':
      return `${node.resolution.id}, ${label('annex', lang)}`;
    case 'Resolution':
      return (
        <>
          {node.id}: <Text value={shown(node, 'title')} lang={lang} fallbackText={node.id} />
        </>
      );
    case 'Actor':
      return <Text value={shown(node, 'name')} lang={lang} fallbackText={node.id} />;
    default:
      return node.id;
  }
}

function ResolutionList({ lang }: { lang: Lang }) {
  const loaded = useLoad(`resolutions|${lang}`, (signal) =>
    requestIn<{ resolutions: { totalCount: number; edges: { node: any }[] } }>(RESOLUTIONS, {}, lang, signal),
  );
  return (
    <section aria-labelledby="resolutions-heading">
      <h2 id="resolutions-heading">{label('resolutions', lang)}</h2>
      <Status loaded={loaded} lang={lang} />
      {loaded.state === 'done' && (
        <ul class="plain-list">
          {loaded.data.resolutions.edges.map(({ node }) => (
            <li key={node.id}>
              <a href={paths.reader(node.id)}>
                <Text value={shown(node, 'reference')} lang={lang} fallbackText={node.id} />
              </a>{' '}
              <span class={node.textLoaded ? 'tag tag-full' : 'tag'}>
                {label(node.textLoaded ? 'textLoaded' : 'citedOnly', lang)}
              </span>
              <div class="sub">
                <Text value={shown(node, 'title')} lang={lang} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ActorList({ lang }: { lang: Lang }) {
  const loaded = useLoad(`actors|${lang}`, (signal) =>
    requestIn<{ actors: { totalCount: number; edges: { node: any }[] } }>(ACTORS, {}, lang, signal),
  );
  return (
    <section aria-labelledby="actors-heading">
      <h2 id="actors-heading">{label('actors', lang)}</h2>
      <Status loaded={loaded} lang={lang} />
      {loaded.state === 'done' && (
        <ul class="plain-list actor-list">
          {loaded.data.actors.edges.map(({ node }) => (
            <li key={node.id}>
              <a href={paths.actor(node.id)}>
                <Text value={shown(node, 'name')} lang={lang} fallbackText={node.id} />
              </a>
              {node.acronym && <span class="sub"> ({node.acronym})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
