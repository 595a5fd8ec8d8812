"""The store: the SQLite database, its schema and migrations, seeding, the data bundle and
backups."""
