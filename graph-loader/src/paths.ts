/*
 * The loader's view of where things are on disk: the bundled data (gazetteer, corpus) and how a
 * path is shown in messages. The project's paths are defined once, in graph-store/paths.ts.
 */
export { dataPath, displayPath, projectRoot } from '../../graph-store/paths.ts';
