"""Commands on an encrypted logbook, as a user runs them: separate processes, real key
derivation. A refusal is one line on stderr, exit status 2, and leaves every file of
the data folder as it was."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV
from logger_app.demo import DEMO_PASSPHRASE, PRACTITIONERS

from ..core.import_samples import eu_files
from .test_command_line import DEMO_SIGN_IN, app_environment, run_app

ADMIN = PRACTITIONERS[0]
RECOVERY_LINE = re.compile(r"^    ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){13})$", re.MULTILINE)
LOCKED = (
    "logger-app: the logbook in {} is encrypted: sign in with --practitioner NAME and "
    "--passphrase-file FILE (or $LOGGER_APP_PRACTITIONER and $LOGGER_APP_PASSPHRASE), or "
    "give --recovery-key-file FILE.\n"
)


@pytest.fixture(scope="module")
def made_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data_dir = tmp_path_factory.mktemp("made") / "demo"
    made = run_app("demo", "--data-dir", str(data_dir), "--clients", "3", "--seed", "5")
    assert made.returncode == 0, made.stderr
    found = RECOVERY_LINE.findall(made.stdout)
    assert len(found) == 1, made.stdout  # shown once
    assert "Without a passphrase or this key, nobody can open the logbook" in made.stdout
    assert made.stdout.splitlines()[-1].endswith(f"with the passphrase: {DEMO_PASSPHRASE}")
    return data_dir, found[0]


@pytest.fixture
def demo(made_demo: tuple[Path, str], tmp_path: Path) -> Path:
    """A copy of the encrypted demo, this test's own."""
    return Path(shutil.copytree(made_demo[0], tmp_path / "demo"))


def secret_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under ``folder``, by its path, with the hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def export_args(data_dir: Path, output: Path) -> list[str]:
    return ["export", "--data-dir", str(data_dir), "--all", "--format", "csv", "-o", str(output)]


def test_the_demo_is_encrypted_and_nothing_of_it_reads_in_plain(demo: Path) -> None:
    assert (demo / "logbook.keys").is_file()
    database = (demo / "logbook.sqlite3").read_bytes()
    assert not database.startswith(b"SQLite format 3")
    assert b"Okafor" not in database and b"CREATE TABLE" not in database


def test_export_with_the_passphrase_from_a_file(demo: Path, tmp_path: Path) -> None:
    passphrase = secret_file(tmp_path, "passphrase", DEMO_PASSPHRASE)
    output = tmp_path / "all.csv"
    done = run_app(
        *export_args(demo, output), "--practitioner", ADMIN, "--passphrase-file", str(passphrase)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{output}\n"
    rows = output.read_text(encoding="utf-8").splitlines()
    assert len(rows) > 3  # a header and the demo clients' treated areas


def test_without_a_passphrase_every_command_is_one_line_and_touches_nothing(
    demo: Path, tmp_path: Path
) -> None:
    before = fingerprint(demo)
    for args in (
        export_args(demo, tmp_path / "all.csv"),
        ["info", "--data-dir", str(demo)],
        ["verify", "--data-dir", str(demo)],
        ["check", "--data-dir", str(demo)],
        ["demo", "--data-dir", str(demo), "--clients", "1"],
    ):
        refused = run_app(*args)
        assert refused.returncode == 2, args
        assert refused.stderr == LOCKED.format(demo), args
        assert refused.stdout == ""
    # A practitioner named, no passphrase at hand (no terminal to ask it on).
    named = run_app("info", "--data-dir", str(demo), sign_in={PRACTITIONER_ENV: ADMIN})
    assert named.returncode == 2
    assert named.stderr == (
        f"logger-app: no passphrase for {ADMIN}: give --passphrase-file FILE or set "
        "$LOGGER_APP_PASSPHRASE (on a terminal it is asked).\n"
    )
    assert fingerprint(demo) == before
    assert not (tmp_path / "all.csv").exists()


def test_a_wrong_passphrase_is_one_line_and_the_folder_is_unchanged(
    demo: Path, tmp_path: Path
) -> None:
    # A leftover that opening the logbook removes: a refusal leaves it too.
    leftover = demo / "backups" / "automatic" / "logbook-20250601-120000.zip.part"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(b"half a zip")
    before = fingerprint(demo)
    wrong = secret_file(tmp_path, "wrong", "not the demo passphrase")
    for args in (export_args(demo, tmp_path / "all.csv"), ["check", "--data-dir", str(demo)]):
        refused = run_app(*args, "--practitioner", ADMIN, "--passphrase-file", str(wrong))
        assert refused.returncode == 2
        assert refused.stderr == (
            f"logger-app: cannot sign in as {ADMIN}: That passphrase is not right. Try again.\n"
        )
        assert refused.stdout == ""
    unknown = run_app(
        "info", "--data-dir", str(demo), sign_in={PRACTITIONER_ENV: "Nobody", PASSPHRASE_ENV: "x"}
    )
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("logger-app: cannot sign in as Nobody: Nobody has no key")
    assert unknown.stderr.count("\n") == 1
    assert fingerprint(demo) == before
    checked = run_app("check", "--data-dir", str(demo), sign_in=DEMO_SIGN_IN)
    assert checked.returncode == 1 and "leftover: " in checked.stdout, checked.stderr
    assert not leftover.exists()


def test_the_passphrase_from_the_environment(demo: Path) -> None:
    info = run_app("info", "--data-dir", str(demo), sign_in=DEMO_SIGN_IN)
    assert info.returncode == 0, info.stderr
    assert "Clients:     3" in info.stdout
    assert re.search(r"^Encrypted:   yes \(SQLCipher 4\.[^)]*\)$", info.stdout, re.MULTILINE)
    # Any demo practitioner's passphrase opens it, not only the administrator's.
    other = {PRACTITIONER_ENV: PRACTITIONERS[2], PASSPHRASE_ENV: DEMO_PASSPHRASE}
    assert run_app("verify", "--data-dir", str(demo), sign_in=other).returncode == 0


def test_the_recovery_key_file_opens_it(
    made_demo: tuple[Path, str], demo: Path, tmp_path: Path
) -> None:
    recovery = secret_file(tmp_path, "recovery", made_demo[1].lower())  # as typed
    output = tmp_path / "all.csv"
    done = run_app(*export_args(demo, output), "--recovery-key-file", str(recovery))
    assert done.returncode == 0, done.stderr
    assert output.is_file()
    info = run_app("info", "--data-dir", str(demo), "--recovery-key-file", str(recovery))
    assert info.returncode == 0 and made_demo[1] not in info.stdout  # no key is shown


def test_a_wrong_or_exposed_recovery_key_file_is_refused(
    made_demo: tuple[Path, str], demo: Path, tmp_path: Path
) -> None:
    before = fingerprint(demo)
    text = made_demo[1]
    mistyped = secret_file(tmp_path, "mistyped", text[:-1] + ("A" if text[-1] != "A" else "B"))
    other = run_app("demo", "--data-dir", str(tmp_path / "other"), "--clients", "1")
    someone_elses = secret_file(tmp_path, "other-key", RECOVERY_LINE.findall(other.stdout)[0])
    exposed = secret_file(tmp_path, "exposed", text)
    exposed.chmod(0o644)
    for path, says in (
        (mistyped, f"the recovery key in {mistyped}: The recovery key has a typing mistake"),
        (someone_elses, "This recovery key is not the one of this logbook"),
        (exposed, f"permissions 0644 for the recovery key file {exposed} are too open"),
    ):
        refused = run_app("info", "--data-dir", str(demo), "--recovery-key-file", str(path))
        assert refused.returncode == 2
        assert refused.stderr.startswith(f"logger-app: {says}"), refused.stderr
        assert refused.stderr.count("\n") == 1
    assert fingerprint(demo) == before


def test_a_plain_demo_works_as_before(tmp_path: Path) -> None:
    data_dir = tmp_path / "plain"
    made = run_app("demo", "--plain", "--data-dir", str(data_dir), "--clients", "2")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Added 2 clients and ")
    assert "recovery key" not in made.stdout
    assert not (data_dir / "logbook.keys").exists()
    assert (data_dir / "logbook.sqlite3").read_bytes().startswith(b"SQLite format 3\x00")
    info = run_app("info", "--data-dir", str(data_dir))  # no passphrase needed to read
    assert info.returncode == 0, info.stderr
    assert "Encrypted:   no" in info.stdout


def test_import_csv_into_a_new_folder_is_encrypted_unless_plain(tmp_path: Path) -> None:
    clients, treatments = eu_files(tmp_path)
    defaults = ["--default-area", "forehead", "--default-depth", "0.5", "--default-device", "pen"]
    common = ["--clients", str(clients), "--treatments", str(treatments), *defaults]
    sign_in = {PRACTITIONER_ENV: "Ada Importer", PASSPHRASE_ENV: "an importer's long passphrase"}
    encrypted = tmp_path / "encrypted"
    made = run_app("import-csv", "--data-dir", str(encrypted), *common, sign_in=sign_in)
    assert made.returncode == 0, made.stderr
    assert len(RECOVERY_LINE.findall(made.stdout)) == 1
    assert (encrypted / "logbook.keys").is_file()
    assert run_app("info", "--data-dir", str(encrypted)).returncode == 2
    info = run_app("info", "--data-dir", str(encrypted), sign_in=sign_in)
    assert info.returncode == 0 and "Clients:     3" in info.stdout, info.stderr
    plain = tmp_path / "plain"
    made = run_app("import-csv", "--plain", "--data-dir", str(plain), *common, sign_in=sign_in)
    assert made.returncode == 0, made.stderr
    assert "recovery key" not in made.stdout and not (plain / "logbook.keys").exists()
    assert "Encrypted:   no" in run_app("info", "--data-dir", str(plain)).stdout


def test_help_names_the_ways_in() -> None:
    helped = run_app("export", "--help")
    assert "--recovery-key-file FILE" in helped.stdout
    assert "--plain" in run_app("demo", "--help").stdout
    assert "--plain" in run_app("import-csv", "--help").stdout


def test_a_second_demo_adds_to_the_encrypted_logbook_with_a_passphrase(demo: Path) -> None:
    keys_before = (demo / "logbook.keys").read_bytes()
    again = run_app("demo", "--data-dir", str(demo), "--clients", "2", sign_in=DEMO_SIGN_IN)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Added 2 clients and ")
    assert not RECOVERY_LINE.search(again.stdout)  # its key was shown once, at setup
    assert (demo / "logbook.keys").read_bytes() == keys_before  # the same keys
    info = run_app("info", "--data-dir", str(demo), sign_in=DEMO_SIGN_IN)
    assert "Clients:     5" in info.stdout, info.stderr


# Runs `demo` into a new folder and dies (os._exit) right after the step named.
CRASHING_DEMO = """
import os, sys
from logger_app import cli
from logger_app.cli import common
from logger_app.logbook import Logbook

step, data_dir = sys.argv[1:3]
if step == "key file written":
    made = common.new_encrypted_folder
    common.new_encrypted_folder = lambda folder: (made(folder), os._exit(9))
else:  # "database made": the logbook exists, no practitioner has a key yet
    real_open = Logbook.open.__func__
    Logbook.open = classmethod(lambda cls, *a, **k: (real_open(cls, *a, **k), os._exit(9)))
cli.main(["demo", "--data-dir", data_dir, "--clients", "1"])
"""


@pytest.mark.parametrize("step", ["key file written", "database made"])
def test_a_demo_killed_while_making_its_encrypted_logbook(step: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "killed"
    killed = subprocess.run(
        [sys.executable, "-c", CRASHING_DEMO, step, str(data_dir)],
        capture_output=True, text=True, env=app_environment(), timeout=120, check=False,
    )  # fmt: skip
    assert killed.returncode == 9, killed.stderr
    assert (data_dir / "logbook.keys").is_file()
    if step == "key file written":
        # No logbook yet: the next demo makes it anew, with keys of its own.
        again = run_app("demo", "--data-dir", str(data_dir), "--clients", "1")
        assert again.returncode == 0, again.stderr
        assert RECOVERY_LINE.findall(again.stdout) != RECOVERY_LINE.findall(killed.stdout)
        assert run_app("info", "--data-dir", str(data_dir), sign_in=DEMO_SIGN_IN).returncode == 0
        return
    # The key was shown before the logbook was made: it opens what was left.
    (shown,) = RECOVERY_LINE.findall(killed.stdout)
    recovery = secret_file(tmp_path, "recovery", shown)
    info = run_app("info", "--data-dir", str(data_dir), "--recovery-key-file", str(recovery))
    assert info.returncode == 0, info.stderr
    assert "Clients:     0" in info.stdout
