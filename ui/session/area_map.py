"""The small map of a session's zones, coloured by depth, in its record: an image
resource of the record's document, with alt text that lists the areas and depths."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from logger_app.i18n import translate
from logger_app.records import Session
from logger_app.text import depth_text
from logger_app.vocabulary import Area

from ..common.zone_paint import render_map

MAP_HEIGHT = 140  # logical pixels: beside the areas table, no taller than a few rows


def session_depths(session: Session) -> dict[Area, float]:
    """Each treated area with its depth (the deepest, if listed twice)."""
    depths: dict[Area, float] = {}
    for item in session.details.areas:
        depths[item.area] = max(depths.get(item.area, 0.0), item.depth_mm)
    return depths


def map_alt_text(session: Session) -> str:
    listed = ", ".join(f"{a.area.label} {depth_text(a.depth_mm)}" for a in session.details.areas)
    return translate("AreaMap", "Map of the treated areas: {areas}").format(
        areas=listed or translate("AreaMap", "none")
    )


def map_url(session: Session) -> QUrl:
    return QUrl(f"zonemap://session/{session.id}")


def add_area_map(browser: QTextBrowser, session: Session) -> str:
    """Render the session's map into ``browser``'s document; the ``<img>`` that shows it
    ("" for a session without areas)."""
    depths = session_depths(session)
    if not depths:
        return ""
    screen = browser.screen()
    scale = max(2.0, screen.devicePixelRatio() if screen else 1.0)
    image = render_map(depths, MAP_HEIGHT, scale)
    width = round(image.width() / scale)
    url = map_url(session)
    browser.document().addResource(QTextDocument.ResourceType.ImageResource, url, image)
    alt = escape(map_alt_text(session), quote=True)
    return f"<img src='{url.toString()}' width='{width}' height='{MAP_HEIGHT}' alt=\"{alt}\">"
