"""Clients and practitioners: the client form and page, the practitioners' profiles."""
