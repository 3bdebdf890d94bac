/**
 * `/graphiql`: GraphiQL from the `graphiql` package, bundled here with its Monaco editor and
 * web workers (no CDN), talking to /graphql on the same origin. The schema's descriptions show
 * in its documentation explorer.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql-page.css';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

type Params = { query: string; variables?: unknown; operationName?: string | null };

async function fetcher(params: Params): Promise<unknown> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
}

const DEFAULT_QUERY = `# Who is instructed to do what by Resolution 44?
query Obligations {
  obligations(filter: { resolution: "WTSA-44", modalities: [INSTRUCTS] }, first: 5) {
    totalCount
    edges {
      node {
        citation(lang: EN)
        addressees { id name(lang: EN) }
        conditions
      }
    }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, { fetcher: fetcher as never, defaultQuery: DEFAULT_QUERY }),
);
