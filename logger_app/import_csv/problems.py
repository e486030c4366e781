"""The problems of a dry run, kept within bounds.

A file of a million rows can have a million problems (every row without a depth, say):
listing them all would cost more memory than the file, and no one reads them. The log
keeps every problem of the whole file, up to ``EXAMPLES_PER_KIND`` examples of each kind
of row problem and ``MAX_EXAMPLES`` in all, and counts the rest per kind: "… and 12,345
more rows with the same problem as treatments.csv row 17, Depth: …". A kind is the
file, the column, whether it blocks, and the message with the row's own values and
numbers taken out.
"""

from __future__ import annotations

import re

from .model import RowProblem, UnknownValues, UnlistedProblems

EXAMPLES_PER_KIND = 100
MAX_EXAMPLES = 1000
MAX_KINDS = 500  # past this many, new kinds are counted together per column
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NUMBER = re.compile(r"\d+")


class ProblemLog:
    def __init__(self) -> None:
        self.listed: list[RowProblem] = []
        self._kinds: dict[tuple, list] = {}  # kind -> [first example, listed, unlisted]
        self.rows_with_problems = 0  # rows with a blocking problem
        self.unknown = UnknownValues()  # values of vocabulary fields no one understands

    def add(self, problem: RowProblem, value: str = "", kind: str | None = None) -> None:
        """``value``: the cell the problem is about; ``kind`` names the problem when its
        message holds free text (a client's name, say) that ``value`` does not cover."""
        if problem.row == 0:  # problems of the whole import are few and all matter
            self.listed.append(problem)
            return
        key = (problem.file, problem.column, problem.blocking, kind or _shape(problem, value))
        entry = self._kinds.get(key)
        if entry is None:
            if len(self._kinds) >= MAX_KINDS:
                key = (problem.file, problem.column, problem.blocking, None)
                entry = self._kinds.get(key)
            if entry is None:
                entry = self._kinds[key] = [problem, 0, 0]
        if entry[1] < EXAMPLES_PER_KIND and len(self.listed) < MAX_EXAMPLES:
            entry[1] += 1
            self.listed.append(problem)
        else:
            entry[2] += 1

    def unlisted(self) -> tuple[UnlistedProblems, ...]:
        return tuple(
            UnlistedProblems(example, unlisted)
            for example, _listed, unlisted in self._kinds.values()
            if unlisted
        )


def _shape(problem: RowProblem, value: str) -> str:
    message = problem.message
    if value.strip():
        message = message.replace(value.strip(), "…")
    return _NUMBER.sub("#", _QUOTED.sub("…", message))
