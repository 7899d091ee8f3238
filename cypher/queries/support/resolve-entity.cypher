// name: resolve-entity
// description: The id of the entity whose name or one of whose aliases is $name (any case), the most mentioned first. Lets `newsgraph query ... --param actor="Vladimir Putin"` take a name where an entity id is expected.
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name) OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($name))
RETURN e.id AS id, e.name AS name
ORDER BY coalesce(e.mentionCount, 0) DESC, e.id
LIMIT 1
