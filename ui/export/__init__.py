"""Exporting a client's history from the window."""
