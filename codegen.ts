/**
 * Generates the resolver types from the SDL in schema/: each GraphQL object type is mapped to
 * the row its loaders return (src/graph/rows.ts), and resolvers receive the request Context.
 * Also the `possibleTypes` map of the interfaces (the `Node` implementations), which Apollo
 * Client needs to match fragments on an interface; the server publishes it at
 * /graphql/possible-types.json. CI runs `graphql-codegen --config codegen.ts --check`:
 * regenerate after every schema change.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const ROWS = '../../graph/rows';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/api/__generated__/possible-types.json': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: false },
    },
    'src/api/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { ID: 'string' },
        mappers: {
          Resolution: `${ROWS}#ResolutionRow`,
          Meeting: `${ROWS}#MeetingRow`,
          Section: `${ROWS}#SectionRow`,
          Provision: `${ROWS}#ProvisionRow`,
          Footnote: `${ROWS}#FootnoteRow`,
          Annex: `${ROWS}#AnnexRow`,
          Programme: `${ROWS}#ProgrammeRow`,
          AnnexItem: `${ROWS}#AnnexItemRow`,
          Citation: `${ROWS}#CitationRow`,
          CitedRevision: `${ROWS}#CitationRow`,
          Actor: `${ROWS}#ActorRow`,
          Obligation: `${ROWS}#ObligationRow`,
          Neighborhood: `${ROWS}#NeighborhoodRow`,
          GraphNode: `${ROWS}#NeighborhoodNodeRow`,
          CitationChain: `${ROWS}#CitationChainRow`,
          CitationStep: `${ROWS}#CitationStepRow`,
          GraphInfo: `${ROWS}#GraphMetaRow`,
        },
      },
    },
  },
};

export default config;
