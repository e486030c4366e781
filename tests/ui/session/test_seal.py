"""The seal over a signed record: who signed, when and what it means, checked against the
signature; a session signed before verifiable signatures says so; a record changed
behind the app's back gets a red banner naming what does not hold."""

from __future__ import annotations

from PySide6.QtCore import Qt

from logger_app.identity import SIGNED_MEANING
from ui.common.display import format_date, format_datetime

from .signed_book import (
    MAYA,
    forge_depth,
    open_signed_in,
    signed_before_signatures,
)


def select_session(window, session_id: int) -> None:
    page = window.client_page
    page.history_view.selectRow(page.history_model.row_of_id(session_id))


def test_a_verified_record_shows_signer_time_and_meaning(signing_window, signing_book):
    window = signing_window
    select_session(window, signing_book["signed"])
    session = window.logbook.session(signing_book["signed"])
    detail = window.client_page.detail_view.toPlainText()
    assert (
        f"✔ Signed by {MAYA} on {format_datetime(session.signed_at)} — {SIGNED_MEANING} "
        "(signature verified)"
    ) in detail
    assert not window.client_page.session_actions.seal_banner.isVisible()


def test_a_draft_shows_no_seal(signing_window, signing_book):
    window = signing_window
    select_session(window, signing_book["draft"])
    detail = window.client_page.detail_view.toPlainText()
    assert "Draft — not signed yet" in detail and "verified" not in detail
    assert not window.client_page.session_actions.seal_banner.isVisible()


def test_a_session_signed_before_signatures_reads_sealed(open_window, data_dir, signing_book):
    signed_before_signatures(data_dir, signing_book["draft"], like=signing_book["signed"])
    window = open_signed_in(open_window, data_dir, signing_book)
    select_session(window, signing_book["draft"])
    day = format_date(window.logbook.session(signing_book["draft"]).signed_at.astimezone().date())
    assert (
        f"Signed by {MAYA} on {day} — signed before verifiable signatures (sealed at the "
        "upgrade; unchanged since)"
    ) in window.client_page.detail_view.toPlainText()
    assert not window.client_page.session_actions.seal_banner.isVisible()


def test_a_forged_change_gets_a_red_banner_listing_what_fails(open_window, data_dir, signing_book):
    forge_depth(data_dir, signing_book["signed"], 2.75)
    window = open_signed_in(open_window, data_dir, signing_book)
    select_session(window, signing_book["signed"])
    banner = window.client_page.session_actions.seal_banner
    assert banner.isVisible() and banner.textFormat() is Qt.TextFormat.PlainText
    text = banner.text()
    assert text.startswith("This record does not match what was signed")
    assert f"• session {signing_book['signed']}: changed after it was signed by {MAYA}" in text
    assert "does not verify: see the warning above" in (
        window.client_page.detail_view.toPlainText()
    )
    assert "2.75 mm" in window.client_page.detail_view.toPlainText()  # shown as it reads
    # Another session of the same client is not tainted by it.
    select_session(window, signing_book["draft"])
    assert not banner.isVisible()


def test_the_banner_follows_a_forgery_made_while_the_window_is_open(
    data_dir, signing_window, signing_book
):
    window = signing_window
    select_session(window, signing_book["signed"])
    banner = window.client_page.session_actions.seal_banner
    assert not banner.isVisible()
    forge_depth(data_dir, signing_book["signed"], 2.75)
    select_session(window, signing_book["draft"])
    select_session(window, signing_book["signed"])
    assert banner.isVisible() and "changed after it was signed" in banner.text()
