/**
 * `/r/<id>`: a resolution's history, its preamble and operative sections with their paragraphs
 * and sub-items, its footnotes and its annex. Every paragraph, section and annex item carries
 * its node id as the element id, so `/r/WTSA-44#WTSA-44/s8/3` opens the page at it, and each
 * has a link to itself and a button that copies its citation.
 */
import { useEffect } from 'preact/hooks';
import { requestIn, type Shown, shown, shownList } from '../api';
import { ActorLinks, CopyCitation, NotFound, Status, Text, useLoad, usePageTitle } from '../common';
import { label, type Lang } from '../i18n';
import { READER, READER_ANNEX } from '../operations';
import { anchorFor, paths } from '../router';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Node = any;

export function ReaderPage({ lang, id, hash }: { lang: Lang; id: string; hash: string }) {
  const loaded = useLoad(`${id}|${lang}`, (signal) =>
    Promise.all([
      requestIn<{ resolution: Node }>(READER, { id }, lang, signal),
      requestIn<{ resolution: Node }>(READER_ANNEX, { id }, lang, signal),
    ]).then(([text, annex]) =>
      text.resolution ? { ...text.resolution, annex: annex.resolution?.annex ?? null } : null,
    ),
  );
  const resolution = loaded.state === 'done' ? loaded.data : null;
  usePageTitle(resolution ? (shown(resolution, 'reference')?.text ?? resolution.id) : id, lang);

  useEffect(() => {
    if (!resolution || !hash) return;
    const target = document.getElementById(hash);
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }, [resolution, hash]);

  if (loaded.state !== 'done') return <Status loaded={loaded} lang={lang} />;
  if (!resolution) return <NotFound id={id} lang={lang} />;
  const r = resolution;
  const reference = shown(r, 'reference')?.text ?? r.id;
  const preamble = r.sections.filter((s: Node) => s.part === 'PREAMBLE');
  const operative = r.sections.filter((s: Node) => s.part === 'OPERATIVE');
  const zhOnly =
    lang !== 'ZH' && r.sections.some((s: Node) => s.provisions.some((p: Node) => shown(p, 'text')?.fallback));
  return (
    <article class="reader" data-resolution={r.id}>
      <header class="page-head">
        <p class="kicker">
          <Text value={shown(r, 'reference')} lang={lang} fallbackText={r.id} /> ·{' '}
          <a href={paths.graph(r.id)}>{label('graph', lang)}</a>
        </p>
        <h1>
          <Text value={shown(r, 'title')} lang={lang} fallbackText={r.id} />
        </h1>
        <History r={r} lang={lang} />
      </header>
      {!r.textLoaded && <p class="notice">{label('notLoaded', lang)}</p>}
      {zhOnly && label('zhOnlyNotice', lang) && <p class="notice">{label('zhOnlyNotice', lang)}</p>}
      {r.textLoaded && (
        <nav class="toc" aria-label={label('contents', lang)}>
          <h2 class="visually-hidden">{label('contents', lang)}</h2>
          <ol>
            {r.sections.map((s: Node) => (
              <li key={s.id}>
                <a href={`#${anchorFor(s.id)}`}>
                  <Text value={shown(s, 'heading')} lang={lang} fallbackText={s.kind} />
                </a>
              </li>
            ))}
            {r.annex && (
              <li>
                <a href={`#${anchorFor(r.annex.id)}`}>{label('annex', lang)}</a>
              </li>
            )}
          </ol>
        </nav>
      )}
      {preamble.length > 0 && (
        <section aria-labelledby="part-preamble">
          <h2 id="part-preamble">{label('preamble', lang)}</h2>
          {preamble.map((s: Node) => (
            <Section key={s.id} section={s} reference={reference} lang={lang} />
          ))}
        </section>
      )}
      {operative.length > 0 && (
        <section aria-labelledby="part-operative">
          <h2 id="part-operative">{label('operative', lang)}</h2>
          {operative.map((s: Node) => (
            <Section key={s.id} section={s} reference={reference} lang={lang} />
          ))}
        </section>
      )}
      {r.footnotes.length > 0 && (
        <section aria-labelledby="footnotes-heading" class="footnotes">
          <h2 id="footnotes-heading">{label('footnotes', lang)}</h2>
          <ol>
            {r.footnotes.map((f: Node) => (
              <li key={f.id} id={f.id} tabIndex={-1} value={Number(f.marker) || undefined}>
                <Text value={shown(f, 'anchor')} lang={lang} />: <Text value={shown(f, 'text')} lang={lang} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {r.annex && <Annex annex={r.annex} reference={reference} lang={lang} />}
      {r.citedBy.length > 0 && (
        <section aria-labelledby="cited-by-heading">
          <h2 id="cited-by-heading">{label('citedBy', lang)}</h2>
          <ul class="plain-list">
            {r.citedBy.map((c: Node) => (
              <li key={c.id}>
                <a href={paths.node(c.source.id)}>{c.source.id}</a> ({c.citingResolution.id})
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function meeting(m: Node, lang: Lang) {
  if (!m) return '—';
  const city = shown(m, 'city');
  return (
    <>
      {m.year}
      {city && (
        <>
          , <Text value={city} lang={lang} />
        </>
      )}
    </>
  );
}

function History({ r, lang }: { r: Node; lang: Lang }) {
  return (
    <dl class="history" aria-label={label('history', lang)}>
      <div>
        <dt>{label('adopted', lang)}</dt>
        <dd>{meeting(r.adopted, lang)}</dd>
      </div>
      {r.revisions.length > 0 && (
        <div>
          <dt>{label('revised', lang)}</dt>
          <dd>
            {r.revisions.map((m: Node, i: number) => (
              <span key={m.id}>
                {i > 0 && '; '}
                {meeting(m, lang)}
              </span>
            ))}
          </dd>
        </div>
      )}
      <div>
        <dt>{label('latestRevision', lang)}</dt>
        <dd>{meeting(r.latestKnownRevision, lang)}</dd>
      </div>
      {r.textAdoptedBy && (
        <div>
          <dt>{label('textAdoptedBy', lang)}</dt>
          <dd>{meeting(r.textAdoptedBy, lang)}</dd>
        </div>
      )}
      {r.factsSource && (
        <div>
          <dt>{label('factsSource', lang)}</dt>
          <dd>{r.factsSource}</dd>
        </div>
      )}
    </dl>
  );
}

function Section({ section: s, reference, lang }: { section: Node; reference: string; lang: Lang }) {
  const heading = shown(s, 'heading');
  const conditions = shownList(s, 'conditions');
  return (
    <section id={s.id} tabIndex={-1} class="section" data-kind={s.kind} aria-labelledby={`h-${s.id}`}>
      <h3 id={`h-${s.id}`}>
        <Text value={heading} lang={lang} fallbackText={s.kind} /> <SelfLink id={s.id} lang={lang} />
      </h3>
      {(s.addressees.length > 0 || s.collaborators.length > 0 || conditions.items.length > 0) && (
        <p class="meta">
          {s.addressees.length > 0 && (
            <span>
              {label('addressees', lang)}: <ActorLinks actors={s.addressees} lang={lang} />
            </span>
          )}
          {s.collaborators.length > 0 && (
            <span>
              {label('collaborators', lang)}: <ActorLinks actors={s.collaborators} lang={lang} />
            </span>
          )}
          {conditions.items.length > 0 && (
            <span>
              {label('conditions', lang)}:{' '}
              <Text value={{ text: conditions.items.join('；'), fallback: conditions.fallback }} lang={lang} />
            </span>
          )}
        </p>
      )}
      <ol class="provisions">
        {s.provisions.map((p: Node) => (
          <Provision key={p.id} p={p} section={s} reference={reference} lang={lang} />
        ))}
      </ol>
    </section>
  );
}

/**
 * The citation to paste: the API's for the paragraph (`Provision.citation`); composed here from
 * the resolution's reference, the section's heading and the label only when the API has none in
 * the page's language.
 */
function citationOf(p: Node, section: Node, reference: string, parentLabel?: string): string {
  const own = shown(p, 'citation');
  if (own) return own.text;
  const heading = shown(section, 'heading')?.text ?? section.kind.toLowerCase();
  return `${reference}, ${heading} ${parentLabel ? `${parentLabel}) ${p.label})` : `${p.label})`}`;
}

function Provision({
  p,
  section,
  reference,
  lang,
  parentLabel,
}: {
  p: Node;
  section: Node;
  reference: string;
  lang: Lang;
  parentLabel?: string;
}) {
  return (
    <li id={p.id} tabIndex={-1} class="provision" data-node-id={p.id}>
      <span class="label">{p.label})</span>
      <div class="body">
        <p>
          <CitedText value={shown(p, 'text')} citations={p.citations} lang={lang} />
        </p>
        <Tools id={p.id} citation={citationOf(p, section, reference, parentLabel)} lang={lang} />
        {p.children?.length > 0 && (
          <ol class="provisions sub">
            {p.children.map((c: Node) => (
              <Provision key={c.id} p={c} section={section} reference={reference} lang={lang} parentLabel={p.label} />
            ))}
          </ol>
        )}
      </div>
    </li>
  );
}

function SelfLink({ id, lang }: { id: string; lang: Lang }) {
  return (
    <a class="self" href={`#${anchorFor(id)}`} aria-label={`${label('linkTo', lang)} ${id}`}>
      #
    </a>
  );
}

function Tools({ id, citation, lang }: { id: string; citation: string; lang: Lang }) {
  return (
    <div class="tools">
      <SelfLink id={id} lang={lang} />
      <CopyCitation citation={citation} lang={lang} />
      <a class="small-link" href={paths.graph(id)} aria-label={`${label('graph', lang)}: ${id}`}>
        {label('graph', lang)}
      </a>
    </div>
  );
}

/** The text with each citation's span as a link to the cited resolution, its cited revision and a mark when revised since. */
function CitedText({ value, citations, lang }: { value: Shown | null; citations: Node[]; lang: Lang }) {
  if (!value) return null;
  const pieces: (string | Node)[] = [];
  let rest = value.text;
  const unplaced: Node[] = [];
  for (const c of citations) {
    const span = shown(c, 'span')?.text;
    const at = span ? rest.indexOf(span) : -1;
    if (!span || at < 0) {
      unplaced.push(c);
      continue;
    }
    pieces.push(rest.slice(0, at), { citation: c, span });
    rest = rest.slice(at + span.length);
  }
  pieces.push(rest);
  const body = pieces.map((piece, i) =>
    typeof piece === 'string' ? piece : <Cite key={i} c={piece.citation} span={piece.span} lang={lang} />,
  );
  return (
    <>
      {value.fallback ? (
        <span lang="zh-Hans" class="zh">
          {body}
        </span>
      ) : (
        body
      )}
      {unplaced.map((c) => (
        <span key={c.id}>
          {' '}
          <Cite c={c} span={c.target.id} lang={lang} />
        </span>
      ))}
    </>
  );
}

function Cite({ c, span, lang }: { c: Node; span: string; lang: Lang }) {
  const rev = c.citedRevision;
  return (
    <>
      <a href={paths.reader(c.target.id)} class="cite" data-citation-id={c.id}>
        {span}
      </a>
      {rev && (
        <span class="rev" lang={htmlLangOf(lang)}>
          {' '}
          [{label('citedRevision', lang)}: {rev.year}
          {shown(rev, 'city') && (
            <>
              , <Text value={shown(rev, 'city')} lang={lang} />
            </>
          )}
          ]
        </span>
      )}
      {c.outdated && (
        <span class="outdated" lang={htmlLangOf(lang)} data-outdated="true">
          {' '}
          {label('revisedSince', lang)}
        </span>
      )}
    </>
  );
}

function htmlLangOf(lang: Lang) {
  return lang === 'ZH' ? 'zh-Hans' : 'en';
}

function Annex({ annex, reference, lang }: { annex: Node; reference: string; lang: Lang }) {
  return (
    <section id={annex.id} tabIndex={-1} class="annex" aria-labelledby="annex-heading">
      <h2 id="annex-heading">
        {label('annex', lang)}: <Text value={shown(annex, 'title')} lang={lang} />{' '}
        <SelfLink id={annex.id} lang={lang} />
      </h2>
      {annex.citations.length > 0 && (
        <p class="meta">
          <CitedText value={{ text: '', fallback: false }} citations={annex.citations} lang={lang} />
        </p>
      )}
      {annex.programmes.map((prog: Node) => (
        <section key={prog.id} id={prog.id} tabIndex={-1} class="programme" aria-labelledby={`h-${prog.id}`}>
          <h3 id={`h-${prog.id}`}>
            {label('programme', lang)} {prog.number}: <Text value={shown(prog, 'title')} lang={lang} />{' '}
            <SelfLink id={prog.id} lang={lang} />
          </h3>
          <Items
            items={prog.items}
            citation={`${reference}, ${label('annex', lang)}, ${label('programme', lang)} ${prog.number}`}
            lang={lang}
          />
        </section>
      ))}
    </section>
  );
}

function Items({ items, citation, lang }: { items: Node[]; citation: string; lang: Lang }) {
  return (
    <ul class="items">
      {items.map((item: Node) => {
        const own = shown(item, 'citation')?.text;
        return (
          <li
            key={item.id}
            id={item.id}
            tabIndex={-1}
            class={`item item-${item.kind.toLowerCase()}`}
            data-node-id={item.id}
          >
            {item.label && <span class="label">{item.label})</span>}
            <span class="item-text">
              <CitedText value={shown(item, 'text')} citations={item.citations} lang={lang} />
            </span>
            <Tools id={item.id} citation={own ?? citation} lang={lang} />
            {item.children?.length > 0 && <Items items={item.children} citation={citation} lang={lang} />}
          </li>
        );
      })}
    </ul>
  );
}
