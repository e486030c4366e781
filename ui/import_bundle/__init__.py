"""File → Import client…: a client (or every client) from another logbook's bundle, over
``logger_app.bundle_import``."""
