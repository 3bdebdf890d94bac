/**
 * `/a/<id>`: who is instructed to do what. The obligations addressed to the actor (with its
 * parts when asked), grouped by modality strongest first as the API orders them, each with its
 * text, conditions, collaborators and the citation to paste; the actor's place in the hierarchy.
 */
import { requestIn, shown, shownList } from '../api';
import {
  ActorLinks,
  CopyCitation,
  MoreButton,
  NotFound,
  Status,
  Text,
  useLoad,
  useMorePages,
  usePageTitle,
} from '../common';
import { label, type Lang, MODALITIES, MODALITY } from '../i18n';
import { ACTOR } from '../operations';
import { navigate, paths } from '../router';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Node = any;

const COUNT_ALIAS: Record<string, string> = {
  RESOLVES: 'resolves',
  INSTRUCTS: 'instructs',
  REQUESTS: 'requests',
  URGES: 'urges',
  INVITES: 'invites',
  ENCOURAGES: 'encourages',
  ACTION_PLAN: 'actionPlan',
};

const PAGE = 100;

export function ActorPage({ lang, id, subordinates }: { lang: Lang; id: string; subordinates: boolean }) {
  const key = `${id}|${lang}|${subordinates}`;
  const loaded = useLoad(key, (signal) =>
    requestIn<{ actor: Node }>(ACTOR, { id, includeSubordinates: subordinates, first: PAGE }, lang, signal),
  );
  const actor = loaded.state === 'done' ? loaded.data.actor : null;
  const pages = useMorePages<Node>(key, actor?.obligations ?? null, (after) =>
    requestIn<{ actor: Node }>(ACTOR, { id, includeSubordinates: subordinates, first: PAGE, after }, lang).then(
      (page) => page.actor.obligations,
    ),
  );
  usePageTitle(actor ? (shown(actor, 'name')?.text ?? actor.id) : id, lang);

  if (loaded.state !== 'done') return <Status loaded={loaded} lang={lang} />;
  if (!actor) return <NotFound id={id} lang={lang} />;

  const { edges } = pages;
  const aliases = shownList(actor, 'aliases');
  const toggle = (event: Event) => {
    const checked = (event.currentTarget as HTMLInputElement).checked;
    navigate(`${paths.actor(actor.id)}${checked ? '?sub=1' : ''}`, { replace: true });
  };

  return (
    <article class="actor" data-actor={actor.id}>
      <header class="page-head">
        <p class="kicker">
          {actor.id} · {actor.kind} · <a href={paths.graph(actor.id)}>{label('graph', lang)}</a>
        </p>
        <h1>
          <Text value={shown(actor, 'name')} lang={lang} fallbackText={actor.id} />
          {actor.acronym && <span class="sub"> ({actor.acronym})</span>}
        </h1>
        {aliases.items.length > 0 && (
          <p>
            {label('aliases', lang)}:{' '}
            <Text value={{ text: aliases.items.join('、'), fallback: aliases.fallback }} lang={lang} />
          </p>
        )}
        <dl class="history">
          <div>
            <dt>{label('partOf', lang)}</dt>
            <dd>
              {actor.ancestors.length === 0
                ? label('top', lang)
                : [...actor.ancestors].reverse().map((a: Node, i: number) => (
                    <span key={a.id}>
                      {i > 0 && ' › '}
                      <a href={paths.actor(a.id)}>
                        <Text value={shown(a, 'name')} lang={lang} fallbackText={a.id} />
                      </a>
                    </span>
                  ))}
            </dd>
          </div>
          {actor.children.length > 0 && (
            <div>
              <dt>{label('parts', lang)}</dt>
              <dd>
                {actor.children.map((a: Node, i: number) => (
                  <span key={a.id}>
                    {i > 0 && ', '}
                    <a href={paths.actor(a.id)}>
                      <Text value={shown(a, 'name')} lang={lang} fallbackText={a.id} />
                    </a>
                  </span>
                ))}
              </dd>
            </div>
          )}
        </dl>
      </header>

      <section aria-labelledby="obligations-heading">
        <h2 id="obligations-heading">
          {label('obligations', lang)} <span class="count">({actor.obligations.totalCount})</span>
        </h2>
        {actor.children.length > 0 && (
          <label class="check">
            <input type="checkbox" checked={subordinates} onChange={toggle} /> {label('includeSubordinates', lang)}
          </label>
        )}
        <ul class="modality-counts" aria-label={label('obligations', lang)}>
          {MODALITIES.filter((m) => actor[COUNT_ALIAS[m]!].totalCount > 0).map((m) => (
            <li key={m} data-modality={m}>
              <a href={`#modality-${m}`}>
                {MODALITY[m]![lang]} <strong class="n">{actor[COUNT_ALIAS[m]!].totalCount}</strong>
              </a>
            </li>
          ))}
        </ul>
        {actor.obligations.totalCount === 0 && <p>{label('noObligations', lang)}</p>}
        {MODALITIES.map((m) => {
          const group = edges.filter((e) => e.node.modality === m);
          if (!group.length) return null;
          return (
            <section
              key={m}
              id={`modality-${m}`}
              class="modality"
              data-modality={m}
              aria-labelledby={`h-modality-${m}`}
            >
              <h3 id={`h-modality-${m}`}>
                {MODALITY[m]![lang]} <span class="count">({actor[COUNT_ALIAS[m]!].totalCount})</span>
              </h3>
              <ol class="obligations">
                {group.map(({ node: o }) => (
                  <Obligation key={o.id} o={o} actorId={actor.id} lang={lang} />
                ))}
              </ol>
            </section>
          );
        })}
        <MoreButton pages={pages} total={actor.obligations.totalCount} lang={lang} />
      </section>
    </article>
  );
}

function Obligation({ o, actorId, lang }: { o: Node; actorId: string; lang: Lang }) {
  const citation = shown(o, 'citation');
  const conditions = shownList(o, 'conditions');
  const others = o.addressees.filter((a: Node) => a.id !== actorId);
  const sourceLabel = o.source.label ?? o.source.itemLabel;
  return (
    <li class="obligation" data-obligation-id={o.id}>
      <p class="cite-line">
        <a href={paths.reader(o.resolution.id, o.source.id)}>
          <Text value={citation} lang={lang} fallbackText={`${o.source.id}${sourceLabel ? '' : ''}`} />
        </a>
      </p>
      <p class="text">
        <Text value={shown(o.source, 'text')} lang={lang} />
      </p>
      {(conditions.items.length > 0 || o.collaborators.length > 0 || others.length > 0) && (
        <dl class="facts">
          {others.length > 0 && (
            <div>
              <dt>{label('addressees', lang)}</dt>
              <dd>
                <ActorLinks actors={o.addressees} lang={lang} />
              </dd>
            </div>
          )}
          {o.collaborators.length > 0 && (
            <div>
              <dt>{label('collaborators', lang)}</dt>
              <dd>
                <ActorLinks actors={o.collaborators} lang={lang} />
              </dd>
            </div>
          )}
          {conditions.items.length > 0 && (
            <div>
              <dt>{label('conditions', lang)}</dt>
              <dd>
                <Text value={{ text: conditions.items.join('；'), fallback: conditions.fallback }} lang={lang} />
              </dd>
            </div>
          )}
        </dl>
      )}
      <div class="tools">
        {citation && <CopyCitation citation={citation.text} lang={lang} />}
        <a class="small-link" href={paths.reader(o.resolution.id, o.source.id)}>
          {label('openParagraph', lang)}
        </a>
      </div>
    </li>
  );
}
