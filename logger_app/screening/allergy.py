"""The allergy cross-check: a numbing agent or product chosen for the session that names
an allergy on the client's record.

Matching is by whole words, ignoring case and accents: "Lidocaine" on file matches
"Lidocaine cream 5 %" (and "lidocaïne"), "lido" matches nothing, "hyaluronic acid"
matches "Hyaluronic acid serum" but not "acid peel". The allergy text is a list as
people type it ("latex, lidocaine; nickel", one per line, "allergic to penicillin
(rash)"): each entry is matched on its own, without notes in brackets or after a dash.
"""

from __future__ import annotations

import re
import unicodedata

from ..i18n import translate
from ..records import SafetyWarning, SessionDetails
from ..records import WarningSeverity as Severity

# What separates the entries of an allergy list, and what leads an entry without naming
# what the client reacts to.
_ENTRY_SEPARATORS = re.compile(r"[,;/|\n]+|\band\b|&|\+")
_NOTE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\s[-–—:]\s.*$")
_LEADING = re.compile(
    r"^(?:(?:known|severe|mild)\s+)?(?:allerg(?:y|ies|ic)|intoleran\w*)\s*(?:to|:)?\s*"
)
_WORD = re.compile(r"[^\W_]+")
# Entries that say there is no allergy: never matched.
_NONE = {("none",), ("no",), ("nil",), ("nkda",), ("n", "a"), ("no", "known", "allergies")}


def _words(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower case, without accents."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return tuple(_WORD.findall(plain))


def allergy_entries(allergies: str) -> list[tuple[str, ...]]:
    """The allergies listed in ``allergies``, each as its words: "Latex, lidocaine;
    nickel (rash)" gives [("latex",), ("lidocaine",), ("nickel",)]."""
    entries = []
    for part in _ENTRY_SEPARATORS.split(allergies):
        text = _NOTE.sub(" ", part.strip())
        text = _LEADING.sub("", text.strip().casefold())
        words = _words(text)
        if words and words not in _NONE and words not in entries:
            entries.append(words)
    return entries


def matching_allergies(allergies: str, chosen: str) -> list[str]:
    """The allergies on file that ``chosen`` (a product or agent as typed) names, each as
    its words joined by spaces; empty when none does."""
    words = _words(chosen)
    found = []
    for entry in allergy_entries(allergies):
        size = len(entry)
        if any(words[i : i + size] == entry for i in range(len(words) - size + 1)):
            found.append(" ".join(entry))
    return found


def allergy_match_warnings(allergies: str, details: SessionDetails) -> list[SafetyWarning]:
    """A stop for the numbing agent (when numbing was applied) and for each product of the
    session that names an allergy on file: ``allergy_match.numbing``,
    ``allergy_match.products.<index>``."""
    chosen: list[tuple[str, str, str]] = []
    if details.numbing is not None:
        numbing = translate(
            "ScreeningAllergy",
            "The numbing agent “{name}” matches an allergy on file: {allergies}.",
        )
        chosen.append(("numbing", numbing, details.numbing.agent))
    for index, product in enumerate(details.products):
        said = translate(
            "ScreeningAllergy", "The product “{name}” matches an allergy on file: {allergies}."
        )
        chosen.append((f"products.{index}", said, product.product))
    found = []
    for key, what, name in chosen:
        matches = matching_allergies(allergies, name)
        if matches:
            found.append(
                SafetyWarning(
                    f"allergy_match.{key}",
                    what.format(name=name.strip(), allergies=", ".join(matches)),
                    Severity.STOP,
                )
            )
    return found
