"""Checking the logbook's signatures and audit chain from the window."""
