"""A treatment session: the form, its rows, the read-only record, its actions and amendments."""
