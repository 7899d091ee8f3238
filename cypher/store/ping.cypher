// name: ping
// description: The smallest query: whether the database answers one at all.
RETURN 1
