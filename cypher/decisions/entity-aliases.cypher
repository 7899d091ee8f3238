// name: entity-aliases
// description: Sets the aliases of the entity $id to $aliases (and the text the full-text index reads, aliasText).
MATCH (e:Entity {id: $id})
SET e.aliases = $aliases, e.aliasText = reduce(text = '', x IN $aliases | text + ' ' + x)
