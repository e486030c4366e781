"""Bringing clients from another logbook: the bundles ``logger-app export --format
bundle`` makes (one client, or ``--all``'s folder per client), checked whole and
imported all or nothing, as they read there (see ``logbook.bundles``)."""

from .reading import BundleError, client_folders
from .run import (
    BundleImportCancelled,
    BundleImportSummary,
    DuplicateClientsError,
    ImportedClient,
    import_bundle,
)

__all__ = [
    "BundleError",
    "BundleImportCancelled",
    "BundleImportSummary",
    "DuplicateClientsError",
    "ImportedClient",
    "client_folders",
    "import_bundle",
]
