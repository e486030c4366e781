"""The German catalogs: every message translated, the shipped .qm built from them, and
each translation keeping what the program fills in or reads in its source: the
``{placeholders}`` and the "&" of a keyboard accelerator."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from ui import translations
from ui.translations import Message

# A floor, not the count: the app shows well over this many texts once every folder marks
# its own; a catalog lost in a merge (or lupdate finding nothing) falls under it.
MESSAGES_AT_LEAST = 1000
PLACEHOLDER = re.compile(r"\{(\w*)\}")
# An accelerator's "&": neither a literal "&&" nor an HTML entity (&amp; &nbsp; &#8212;).
ACCELERATOR = re.compile(r"&(?!&|[a-zA-Z]+;|#\d+;)")


def german() -> list[Message]:
    return [m for m in translations.messages("de") if m.finished]


def accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def test_every_message_is_translated_and_the_qm_is_up_to_date(capsys) -> None:
    problems = translations.check()
    assert problems == 0, capsys.readouterr().out[-5000:]


def test_the_catalogs_hold_at_least_the_floor() -> None:
    assert len(translations.messages("de")) >= MESSAGES_AT_LEAST


def test_translations_keep_the_placeholders() -> None:
    changed = [
        f"[{m.context}] {m.source!r} -> {m.translation!r}"
        for m in german()
        if Counter(PLACEHOLDER.findall(m.source)) != Counter(PLACEHOLDER.findall(m.translation))
    ]
    assert changed == []


def test_translations_keep_one_accelerator_each() -> None:
    changed = [
        f"[{m.context}] {m.source!r} -> {m.translation!r}"
        for m in german()
        if accelerators(m.source) != accelerators(m.translation)
    ]
    assert changed == []


@pytest.mark.parametrize(
    ("text", "count"),
    [("&File", 1), ("Save && close", 0), ("&lt;b&gt; &amp; &#8212;", 0), ("Sa&ve &amp; go", 1)],
)
def test_accelerators_are_told_from_ampersands_and_entities(text: str, count: int) -> None:
    assert accelerators(text) == count


def test_placeholders_are_found() -> None:
    assert PLACEHOLDER.findall("Saved {name}'s {count} sessions, {}") == ["name", "count", ""]
