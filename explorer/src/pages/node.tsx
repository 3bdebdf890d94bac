/**
 * `/n/<id>`: any node. Asks the API what the node is and replaces this address with its page:
 * the reader at the node's anchor for the parts of a resolution, the actor page for an actor,
 * the graph view for anything else.
 */
import { useEffect } from 'preact/hooks';
import { request } from '../api';
import { NotFound, Status, useLoad, usePageTitle } from '../common';
import { label, type Lang } from '../i18n';
import { NODE } from '../operations';
import { navigate, paths } from '../router';

/* eslint-disable @typescript-eslint/no-explicit-any */
export function pageOf(node: any): string {
  switch (node.__typename) {
    case 'Resolution':
      return paths.reader(node.id);
    case 'Actor':
      return paths.actor(node.id);
    case 'Section':
    case 'Provision':
    case 'Footnote':
    case 'Annex':
    case 'Programme':
    case 'AnnexItem':
      return paths.reader(node.resolution.id, node.id);
    case 'Obligation':
      return paths.reader(node.resolution.id, node.source.id);
    case 'Citation':
      return paths.reader(node.citingResolution.id, node.source.id);
    default:
      return paths.graph(node.id);
  }
}

export function NodePage({ lang, id }: { lang: Lang; id: string }) {
  usePageTitle(id, lang);
  const loaded = useLoad(id, (signal) => request<{ node: any }>(NODE, { id }, signal));
  const node = loaded.state === 'done' ? loaded.data.node : undefined;
  useEffect(() => {
    if (node) navigate(pageOf(node), { replace: true });
  }, [node]);
  if (loaded.state !== 'done') return <Status loaded={loaded} lang={lang} />;
  if (!node) return <NotFound id={id} lang={lang} />;
  return (
    <p role="status">
      {label('opening', lang)} <a href={pageOf(node)}>{id}</a>…
    </p>
  );
}
