"""SQL text normalised for comparison: comments, whitespace, letter case outside string
literals and the quoting of identifiers do not count; every other token does."""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from functools import lru_cache

_TOKEN = re.compile(
    r"""
    (?P<space>\s+|--[^\n]*|/\*.*?(?:\*/|\Z))
    |(?P<blob>[xX]'[0-9a-fA-F]*')
    |(?P<string>'(?:[^']|'')*')
    |(?P<quoted>"(?:[^"]|"")*"|\[[^\]]*\]|`(?:[^`]|``)*`)
    |(?P<number>0[xX][0-9a-fA-F]+|(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)
    |(?P<word>[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_$\x80-\U0010ffff]*)
    |(?P<operator>\|\||<<|>>|<=|>=|==|!=|<>|->>|->|.)
    """,
    re.VERBOSE | re.DOTALL,
)
# SQLite folds the case of keywords and identifiers for ASCII letters only.
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_BARE = re.compile(r"[a-z_][a-z0-9_$]*")
# Words before the name of the object a CREATE statement makes.
_HEADER_WORDS = frozenset(
    {"create", "temp", "temporary", "virtual", "unique", "table", "index", "trigger", "view"}
    | {"if", "not", "exists"}
)
_NAMES = frozenset({"word", "identifier"})


def _identifier(text: str) -> str:
    name = text.translate(_ASCII_LOWER)
    return name if _BARE.fullmatch(name) else '"' + name.replace('"', '""') + '"'


def sql_tokens(sql: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup or "operator", match.group()
        if kind == "space":
            continue
        if kind == "word":
            text = text.translate(_ASCII_LOWER)
        elif kind == "blob":
            text = "x" + text[1:].upper()
        elif kind == "quoted":
            inner = text[1:-1]
            if text[0] != "[":
                inner = inner.replace(text[0] * 2, text[0])
            kind, text = "identifier", _identifier(inner)
        tokens.append((kind, text))
    # SQLite writes some names as string literals (FTS5: CREATE TABLE 'x_data'(...)).
    for index, (kind, text) in enumerate(tokens):
        if kind == "word" and text in _HEADER_WORDS:
            continue
        if kind == "string":
            tokens[index] = ("identifier", _identifier(text[1:-1].replace("''", "'")))
        break
    return tokens


def render_tokens(tokens: Sequence[tuple[str, str]]) -> str:
    """Tokens separated by one space, none inside ``f(x, y)`` or ``new.id``."""
    out: list[str] = []
    previous: tuple[str, str] | None = None
    for token in tokens:
        if previous is not None and not _glued(previous, token):
            out.append(" ")
        out.append(token[1])
        previous = token
    return "".join(out)


def _glued(left: tuple[str, str], right: tuple[str, str]) -> bool:
    if right[1] in {")", ",", ";", "("} or left[1] == "(":
        return True
    return (right[1] == "." and left[0] in _NAMES) or (left[1] == "." and right[0] in _NAMES)


@lru_cache(maxsize=1024)
def normalise_sql(sql: str | None) -> str | None:
    """The SQL in one canonical spelling: equal for texts that differ only in comments,
    whitespace, letter case outside string literals or the quoting of identifiers."""
    return None if sql is None else render_tokens(sql_tokens(sql))
