"""What verify finds reads in the installed language (the verify dialog shows it)."""

from __future__ import annotations

from ..german import speaking_catalog_german
from .scene import MAYA, Scene, one_message, verify
from .tampering import raw_connection


def test_a_changed_signed_session_is_reported_in_german(scene: Scene) -> None:
    with raw_connection(scene.logbook) as raw, raw.triggers_off("session_areas"):
        raw.run(
            "UPDATE session_areas SET depth_mm = 2.75 WHERE session_id = ? AND area = 'forehead'",
            [scene.signed],
        )
    with speaking_catalog_german():
        report = verify(scene)
    assert one_message(
        report, f"Sitzung {scene.signed}: verändert, nachdem sie signiert von {MAYA} am "
    )
    english = verify(scene)
    assert one_message(english, f"session {scene.signed}: changed after it was signed by {MAYA}")
