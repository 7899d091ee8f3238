// name: checksum-users
// description: For the content checksum: the users.
SHOW USERS YIELD user, passwordChangeRequired, suspended RETURN user, passwordChangeRequired, suspended
