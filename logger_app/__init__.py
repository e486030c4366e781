"""Microneedling logbook: the core (storage, domain rules, exports). No widgets here."""

__version__ = "0.1.0"
