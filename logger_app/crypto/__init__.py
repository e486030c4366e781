"""Encryption at rest: the logbook's data key, how it is wrapped for each practitioner
and by the printed recovery key, and files (photos, thumbnails) encrypted as streams.
Pure functions of bytes and streams: no database, no widgets."""
