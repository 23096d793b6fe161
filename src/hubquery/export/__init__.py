"""The file exporters: the dataset's tables (``relational``) written as an SQLite file for
Datasette (``sqlite``) or a Frictionless Data Package (``datapackage``). Each is fed by
``query.export.export_tables`` and writes through ``outputs``; none reads the store."""
