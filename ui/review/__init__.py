"""Looking back: the sessions review, the audit log, a client's trends."""
