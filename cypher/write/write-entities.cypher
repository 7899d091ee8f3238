// name: write-entities
// description: MERGEs the entities of one type in $rows (id, name, aliases, roles, country), with that type's labels ({{labels}}, e.g. Entity:Person:Actor); aliases and roles are unions over all loads; a new entity records the load that made it ($loadId, or null). Aliases and their text (full-text indexed) are written only when the union adds one, so an entity every batch mentions is not reindexed every batch.
// placeholders: labels
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.firstLoad = $loadId
SET e{{labels}},
    e.roles = reduce(acc = coalesce(e.roles, []), x IN row.roles | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.country = coalesce(row.country, e.country)
WITH e, reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END) AS aliases
WHERE e.aliases IS NULL OR size(aliases) > size(e.aliases)
SET e.aliases = aliases, e.aliasText = reduce(text = '', x IN aliases | text + ' ' + x)
