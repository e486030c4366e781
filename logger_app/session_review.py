"""What saving a session would meet, before it is saved: the rules belong to the core,
the form only shows them (``Logbook.review_session``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .records import SessionDetails


@dataclass(frozen=True)
class Question:
    """A point the practitioner confirms before saving (a depth above the area's usual
    range): acknowledging ``code`` confirms it. ``field``: where it shows on a form
    (``areas.<index>.depth_mm``)."""

    code: str
    message: str
    field: str


@dataclass(frozen=True)
class SessionReview:
    """``problems``: why the session cannot be saved as it is, by field, as a
    ValidationError would carry them; ``questions``: what to confirm first (none of
    them already acknowledged in the details)."""

    problems: dict[str, str] = field(default_factory=dict)
    questions: tuple[Question, ...] = ()

    @property
    def ok(self) -> bool:
        """Nothing stops the save and nothing is left to confirm."""
        return not self.problems and not self.questions

    def confirmed(self, details: SessionDetails) -> SessionDetails:
        """``details`` with every question acknowledged (once the user said yes)."""
        codes = tuple(q.code for q in self.questions if q.code not in details.acknowledged)
        return replace(details, acknowledged=details.acknowledged + codes)
