"""Client search on the server: every word typed starts a word of the client's names,
phone (also as bare digits) or email, ignoring case and accents, as with SQLite's FTS5."""

from __future__ import annotations

from typing import Any

import pytest

from .server_schema_support import client_row, insert

pytestmark = pytest.mark.server_only


@pytest.fixture
def clients(pg: Any) -> dict[str, int]:
    rows = {
        "zoe": client_row(first_name="Zoë", last_name="Müller", email="zoe.mueller@example.com"),
        "anna": client_row(
            first_name="Anna",
            last_name="Smith-Jones",
            phone="+49 171 2345678",
            phone_digits="491712345678",
        ),
        "bob": client_row(first_name="Bob", last_name="O'Neil", email="bob@clinic.example"),
    }
    return {key: insert(pg, "clients", row) for key, row in rows.items()}


def found(pg: Any, clients: dict[str, int], *words: str) -> set[str]:
    """Who the words find (among the test's clients)."""
    rows = pg.execute(
        "SELECT id FROM clients WHERE search_document @@ logbook_prefix_query(%s)", [list(words)]
    ).fetchall()
    names = {client_id: key for key, client_id in clients.items()}
    return {names[client_id] for (client_id,) in rows if client_id in names}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Zoe"], {"zoe"}),
        (["zoë"], {"zoe"}),
        (["ZOE", "mull"], {"zoe"}),
        (["smi"], {"anna"}),
        (["jon"], {"anna"}),
        (["Smith-Jo"], {"anna"}),
        (["49171"], {"anna"}),
        (["171"], {"anna"}),
        (["+49", "171"], {"anna"}),
        (["mueller"], {"zoe"}),
        (["example"], {"zoe", "bob"}),
        (["clinic"], {"bob"}),
        (["zoe.mueller@example.com"], {"zoe"}),
        (["neil"], {"bob"}),
        (["o'neil"], {"bob"}),
        (["smi", "zoe"], set()),
        (["ith"], set()),
        (["2345678"], {"anna"}),
        (["345678"], set()),
    ],
)
def test_words_find_clients(
    pg: Any, clients: dict[str, int], words: list[str], expected: set[str]
) -> None:
    assert found(pg, clients, *words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["'"], set()),
        (["&"], set()),
        (["!"], set()),
        ([":*"], set()),
        (["("], set()),
        (["\\"], set()),
        (["'", "&", "!", ":*", "(", ")", "|", "<->"], set()),
        ([""], set()),
        ([], set()),
        (["!zoe"], {"zoe"}),
        (["zoe'"], {"zoe"}),
        (["zoe:*"], {"zoe"}),
        (["smi", "|"], {"anna"}),
        (["smi|zoe"], set()),
        (["smi | zoe"], set()),
        (["!smi"], {"anna"}),
        (["smi&!jones"], {"anna"}),
        (["bob') | ('zoe"], set()),
        (["zoe:A"], set()),
    ],
)
def test_query_syntax_typed_is_only_text(
    pg: Any, clients: dict[str, int], words: list[str], expected: set[str]
) -> None:
    """What is typed never works as tsquery syntax: no error, no OR, no NOT."""
    assert found(pg, clients, *words) == expected


def test_the_search_follows_changes_of_a_client(pg: Any, clients: dict[str, int]) -> None:
    pg.execute("UPDATE clients SET last_name = 'Ōtani' WHERE id = %s", [clients["bob"]])
    assert found(pg, clients, "otan") == {"bob"}
    assert found(pg, clients, "neil") == set()
    # A document written directly is replaced by the client's own.
    pg.execute(
        "UPDATE clients SET search_document = to_tsvector('simple', 'intruder') WHERE id = %s",
        [clients["bob"]],
    )
    assert found(pg, clients, "intruder") == set()
    assert found(pg, clients, "otan") == {"bob"}


def test_the_folding_splits_like_unicode61(pg: Any) -> None:
    (folded,) = pg.execute(
        "SELECT logbook_search_fold(%s)", ["Zoë SMITH-Jones, +49 (171) ø Жанна"]
    ).fetchone()
    assert folded.split() == ["zoe", "smith", "jones", "49", "171", "o", "жанна"]


def test_the_search_uses_its_index(pg: Any) -> None:
    pg.execute("SET LOCAL enable_seqscan = off")
    plan = "\n".join(
        row[0]
        for row in pg.execute(
            "EXPLAIN SELECT id FROM clients "
            "WHERE search_document @@ logbook_prefix_query(ARRAY['smi'])"
        )
    )
    assert "clients_search" in plan
