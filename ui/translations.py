"""The translation catalogs: ``python -m ui.translations update|build|check``.

One ``.ts`` catalog per source folder (``ui/session`` → ``resources/i18n/de/ui_session.ts``,
the files directly in ``ui`` → ``ui.ts``), so that work on one part of the app touches one
catalog. Qt's own tools do the work: ``lupdate`` collects ``translate("Context", "…")``
and ``translatable("Context", "…")`` (the core's marker, given to lupdate as an alias of
``QT_TRANSLATE_NOOP``); ``lrelease`` compiles every catalog of a language into the one
``.qm`` file the app loads (``resources/i18n/logger_app_de.qm``).

update   collect the marked texts into the catalogs (translations already made are kept)
build    compile the catalogs into the .qm files
check    list what is not translated yet; exit 1 if anything is, or a .qm is out of date
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = ROOT / "resources" / "i18n"
LANGUAGES = ("de",)
SOURCE_PACKAGES = ("ui", "logger_app")
MARKERS = "QT_TRANSLATE_NOOP+=translatable"


def qt_tool(name: str) -> str:
    """A Qt tool shipped inside the PySide6 wheel (lupdate, lrelease)."""
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"{name} is not in the installed PySide6 ({folder})")


def source_folders() -> Iterator[tuple[str, list[Path]]]:
    """(catalog name, its Python files): one per folder of the two packages."""
    for package in SOURCE_PACKAGES:
        for folder in sorted([ROOT / package, *(ROOT / package).rglob("*")]):
            if not folder.is_dir() or folder.name == "__pycache__":
                continue
            files = sorted(folder.glob("*.py"))
            if files:
                name = "_".join(folder.relative_to(ROOT).parts)
                yield name, files


def catalog_path(language: str, name: str) -> Path:
    return CATALOGS / language / f"{name}.ts"


def compiled_path(language: str) -> Path:
    return CATALOGS / f"logger_app_{language}.qm"


def update(languages: Sequence[str] = LANGUAGES) -> None:
    """Catalogs for the folders that have marked texts; a folder without any has none."""
    for language in languages:
        (CATALOGS / language).mkdir(parents=True, exist_ok=True)
        for name, files in source_folders():
            target = catalog_path(language, name)
            if not target.exists() and not _has_marks(files):
                continue
            subprocess.run(
                [
                    qt_tool("lupdate"),
                    "-silent",
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    "-tr-function-alias",
                    MARKERS,
                    *(str(file) for file in files),
                    "-ts",
                    str(target),
                ],
                check=True,
            )
            if not _messages(target):
                target.unlink()


def _has_marks(files: Sequence[Path]) -> bool:
    return any(
        "translate(" in text or "translatable(" in text
        for text in (file.read_text(encoding="utf-8") for file in files)
    )


def build(languages: Sequence[str] = LANGUAGES, into: Path | None = None) -> list[Path]:
    """Each language's catalogs compiled into one .qm (in ``into``, default beside them)."""
    built = []
    for language in languages:
        sources = sorted((CATALOGS / language).glob("*.ts"))
        target = (into or CATALOGS) / compiled_path(language).name
        subprocess.run(
            [qt_tool("lrelease"), "-silent", *(str(s) for s in sources), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


@dataclass(frozen=True)
class Message:
    catalog: str
    context: str
    source: str
    translation: str
    finished: bool


def _messages(catalog: Path) -> list[Message]:
    tree = ElementTree.parse(catalog)
    found = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = " | ".join(forms) if forms else (translation.text or "")
            found.append(
                Message(
                    catalog.stem,
                    context_name,
                    message.findtext("source") or "",
                    text,
                    finished=translation.get("type") not in {"unfinished", "vanished", "obsolete"}
                    and all(forms or [text]),
                )
            )
    return found


def messages(language: str) -> list[Message]:
    """Every message of a language's catalogs."""
    return [m for c in sorted((CATALOGS / language).glob("*.ts")) for m in _messages(c)]


def check(languages: Sequence[str] = LANGUAGES) -> int:
    problems = 0
    for language in languages:
        found = messages(language)
        if not found:
            print(f"{language}: no catalogs: run `update`, then translate them")
            problems += 1
            continue
        unfinished = [m for m in found if not m.finished]
        for message in unfinished:
            print(f"{language} {message.catalog} [{message.context}] {message.source!r}")
        print(f"{language}: {len(found) - len(unfinished)} of {len(found)} texts translated")
        problems += len(unfinished)
        with tempfile.TemporaryDirectory() as scratch:
            (fresh,) = build([language], Path(scratch))
            shipped = compiled_path(language)
            if not shipped.exists() or shipped.read_bytes() != fresh.read_bytes():
                print(f"{shipped.relative_to(ROOT)} is out of date: run `build`")
                problems += 1
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    command = (list(argv) if argv is not None else sys.argv[1:]) or ["check"]
    if command[0] == "update":
        update()
        return 0
    if command[0] == "build":
        for built in build():
            print(built.relative_to(ROOT))
        return 0
    if command[0] == "check":
        return check()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
