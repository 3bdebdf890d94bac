/** The explorer: a header with the language switch, and the page the path names. */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { label, setLang, useLang } from './i18n';
import { idAfter, interceptLinks, useLocation } from './router';
import { ActorPage } from './pages/actor';
import { GraphPage } from './pages/graph';
import { HomePage } from './pages/home';
import { NodePage } from './pages/node';
import { ReaderPage } from './pages/reader';
import './style.css';

function App() {
  const lang = useLang();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a navigation (not the first load, nor a jump within the page), the focus goes to the
  // main region so that a keyboard or screen-reader user starts reading the new page.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!location.hash) {
      window.scrollTo(0, 0);
      main.current?.focus({ preventScroll: true });
    }
  }, [location.path, location.search.toString()]);

  const { path, search, hash } = location;
  let page;
  const reader = idAfter(path, '/r/');
  const actor = idAfter(path, '/a/');
  const graph = idAfter(path, '/g/');
  const node = idAfter(path, '/n/');
  if (path === '/') page = <HomePage lang={lang} query={search.get('q') ?? ''} />;
  else if (reader) page = <ReaderPage lang={lang} id={reader} hash={hash} />;
  else if (actor) page = <ActorPage lang={lang} id={actor} subordinates={search.get('sub') === '1'} />;
  else if (graph) page = <GraphPage lang={lang} id={graph} depth={search.get('depth')} limit={search.get('limit')} />;
  else if (node) page = <NodePage lang={lang} id={node} />;
  else
    page = (
      <>
        <h1>{label('notFound', lang)}</h1>
        <p>{label('noSuchPage', lang)}</p>
      </>
    );

  return (
    <>
      <a class="skip" href="#main" data-reload>
        {label('skip', lang)}
      </a>
      <header class="top">
        <a class="brand" href="/">
          {label('appName', lang)}
        </a>
        <nav aria-label={label('appName', lang)}>
          <a href="/">{label('home', lang)}</a>
          <a href="/graphiql">{label('graphiql', lang)}</a>
          <button type="button" class="lang" onClick={() => setLang(lang === 'EN' ? 'ZH' : 'EN')}>
            {label('switchTo', lang)}
          </button>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {page}
      </main>
    </>
  );
}

const root = document.getElementById('app')!;
interceptLinks(root);
render(<App />, root);
