/* @neo4j-cypher/react-codemirror ships its types but its package "exports" do not point at them. */
declare module '@neo4j-cypher/react-codemirror' {
  export { CypherEditor, type CypherEditorProps } from '@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts';
}
