"""The logbook's storage on the clinic's PostgreSQL server."""
