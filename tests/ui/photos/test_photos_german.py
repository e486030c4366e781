"""The photo gallery in German: its buttons, filters, count and headers."""

from __future__ import annotations

import pytest

from ui.common.language import install_language

from .gallery_data import open_gallery


@pytest.fixture
def german(qapp):
    assert install_language(qapp, "de") == "de"
    try:
        yield
    finally:
        install_language(qapp, "en")


def test_the_gallery_reads_german(qtbot, german, open_window, photo_logbook):
    window = open_window(photo_logbook)
    gallery = open_gallery(qtbot, window)

    assert gallery.add_button.text() == "Fotos hinzufügen…"
    assert gallery.compare_button.text() == "Vergleichen…"
    assert gallery.delete_button.text() == "Löschen"
    assert gallery.angle_filter.itemText(0) == "Alle Blickwinkel"
    assert gallery.angle_filter.accessibleName() == "Fotos anzeigen: Alle Blickwinkel"
    assert gallery.summary.text() == "2 Fotos"
    # A session's heading: its depths with the German decimal comma.
    assert gallery.model.index(0).data().endswith(" 1,1 mm")

    compare = gallery.open_compare()
    assert compare.windowTitle() == "Fotos vergleichen"
    assert compare.side_by_side.text() == "Nebeneinander"
