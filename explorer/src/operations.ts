/** The documents kept in explorer/operations, as sent to the API. */
export { default as RESOLUTIONS } from '../operations/Resolutions.graphql?raw';
export { default as ACTORS } from '../operations/Actors.graphql?raw';
export { default as SEARCH } from '../operations/Search.graphql?raw';
export { default as READER } from '../operations/Reader.graphql?raw';
export { default as READER_ANNEX } from '../operations/ReaderAnnex.graphql?raw';
export { default as ACTOR } from '../operations/Actor.graphql?raw';
export { default as NEIGHBORHOOD } from '../operations/Neighborhood.graphql?raw';
export { default as NODE } from '../operations/Node.graphql?raw';
