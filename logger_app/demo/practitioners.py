"""The demo clinic's practitioners."""

from __future__ import annotations

# The demo clinic's staff; each client mostly sees one of them.
PRACTITIONERS = (
    "Maya Okafor RN",
    "Leonie Achterberg NP",
    "Tomás Ferreira-Lund MSc",
    "Sana Rahimi RGN",
)
PRACTITIONER_WEIGHTS = (35, 30, 20, 15)
