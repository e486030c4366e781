"""Who runs a command: ``--practitioner`` with ``--passphrase-file``, the environment or a
terminal prompt; writes refused without them; every refusal one line, exit status 2.
Run in-process through cli.main."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from logger_app import cli
from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV, Credentials
from logger_app.errors import PassphraseNeededError
from logger_app.integrity import command_line_actor
from logger_app.logbook import Logbook
from logger_app.logbook.identity import FREE_TRIES, Identity
from logger_app.records import AuditFilter, ClientDetails, PractitionerDetails

from ...screening_data import put_on_file
from ...signing import TEST_PASSPHRASE, sign_in
from ..backup_support import tree_state
from ..photo_files import picture, save
from .conftest import PRACTITIONER

OPTIONS_LINE = (
    "sign in with --practitioner NAME and --passphrase-file FILE (or "
    f"${PRACTITIONER_ENV} and ${PASSPHRASE_ENV})."
)


def run(*args: str | Path) -> int:
    return cli.main([str(arg) for arg in args])


@pytest.fixture
def book(data_dir: Path, make_session) -> Path:
    """A logbook that knows ``PRACTITIONER`` (with ``TEST_PASSPHRASE``), holding one
    client with a draft session (id 1)."""
    with Logbook.open(data_dir, create=True) as logbook:
        sign_in(logbook)
        client = logbook.add_client(ClientDetails("Ann", "Smith"))
        put_on_file(logbook, client.id)
        logbook.record_session(make_session(client.id))
    return data_dir


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    return save(picture(seed=5), tmp_path / "front.png", "PNG")


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Callable[..., Path]:
    def write(text: str = TEST_PASSPHRASE + "\n", mode: int = 0o600) -> Path:
        path = tmp_path / "passphrase.txt"
        path.write_bytes(text.encode())
        path.chmod(mode)
        return path

    return write


def photos_import(book: Path, photo: Path, *options: str | Path) -> int:
    return run("photos", "import", "--data-dir", book, "--session", "1", *options, photo)


def photo_count(book: Path) -> int:
    with Logbook.open(book) as logbook:
        return logbook.photo_count()


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("logger-app: "), err
    return err.removeprefix("logger-app: ").rstrip("\n")


@pytest.mark.parametrize(
    "command",
    ["import-csv", "photos import", "check", "restore", "move-to-server", "move-to-file",
     "export", "info", "backup", "demo", "verify"],
)  # fmt: skip
def test_help_lists_the_sign_in_options(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        run(*command.split(), "--help")
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "--practitioner NAME" in out and "--passphrase-file FILE" in out


def test_a_photo_import_by_a_practitioner_with_a_passphrase_file(
    book: Path, photo: Path, passphrase_file: Callable[..., Path], capsys
) -> None:
    file = passphrase_file()
    assert (
        photos_import(book, photo, "--practitioner", PRACTITIONER, "--passphrase-file", file) == 0
    )
    assert capsys.readouterr().out == f"imported: {photo} (photo 1)\n"
    with Logbook.open(book) as logbook:
        (entry,) = logbook.audit_entries(AuditFilter(action="create", entity="photo"), limit=1)
    assert entry.actor == PRACTITIONER


@pytest.mark.parametrize("ending", ["", "\n", "\r\n", "\nsecond line ignored\n"])
def test_the_first_line_of_the_file_is_the_passphrase(
    book: Path, photo: Path, passphrase_file: Callable[..., Path], ending: str
) -> None:
    file = passphrase_file(TEST_PASSPHRASE + ending)
    assert (
        photos_import(book, photo, "--practitioner", PRACTITIONER, "--passphrase-file", file) == 0
    )


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_passphrase_file_other_users_may_open_is_refused(
    book: Path, photo: Path, passphrase_file: Callable[..., Path], mode: int, capsys
) -> None:
    file = passphrase_file(mode=mode)
    before = tree_state(book)
    assert (
        photos_import(book, photo, "--practitioner", PRACTITIONER, "--passphrase-file", file) == 2
    )
    assert one_line(capsys) == (
        f"permissions {mode:04o} for the passphrase file {file} are too open: only its "
        f"owner may read it (chmod 600 {file})."
    )
    assert tree_state(book) == before


def test_options_given_before_the_command_count_too(
    book: Path, photo: Path, passphrase_file: Callable[..., Path]
) -> None:
    file = passphrase_file()
    code = run("--practitioner", PRACTITIONER, "--passphrase-file", file,
               "photos", "import", "--data-dir", book, "--session", "1", photo)  # fmt: skip
    assert code == 0
    assert photo_count(book) == 1


def test_the_practitioner_and_passphrase_from_the_environment(
    book: Path, photo: Path, signed_in_env: str
) -> None:
    assert photos_import(book, photo) == 0
    assert photo_count(book) == 1


def test_on_a_terminal_the_passphrase_is_asked(
    book: Path, photo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(
        getpass, "getpass", lambda prompt: prompts.append(prompt) or TEST_PASSPHRASE
    )
    assert photos_import(book, photo, "--practitioner", PRACTITIONER) == 0
    assert prompts == [f"Passphrase for {PRACTITIONER}: "]
    assert photo_count(book) == 1


def test_without_a_terminal_a_missing_passphrase_is_one_line(
    book: Path, photo: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    before = tree_state(book)
    assert photos_import(book, photo, "--practitioner", PRACTITIONER) == 2
    assert one_line(capsys) == (
        f"no passphrase for {PRACTITIONER}: give --passphrase-file FILE or set "
        f"${PASSPHRASE_ENV} (on a terminal it is asked)."
    )
    assert tree_state(book) == before


def test_a_passphrase_file_without_a_practitioner_is_refused(
    book: Path, photo: Path, passphrase_file: Callable[..., Path], capsys
) -> None:
    assert photos_import(book, photo, "--passphrase-file", passphrase_file()) == 2
    assert one_line(capsys) == (
        f"--passphrase-file needs --practitioner NAME (or ${PRACTITIONER_ENV})."
    )


@pytest.mark.parametrize(
    ("command", "what"),
    [
        (("photos", "import", "--session", "1", "PHOTO"), "photos import changes the logbook"),
        (("check", "--remove-orphans"), "check --remove-orphans deletes files"),
        (("import-csv", "--clients", "PHOTO"), "import-csv changes the logbook"),
        (("restore", "PHOTO"), "restore replaces the logbook"),
    ],
)
def test_a_write_without_a_practitioner_touches_nothing(
    book: Path, photo: Path, command: tuple[str, ...], what: str, capsys
) -> None:
    orphan = book / "photos" / "ab" / ("ab" + "0" * 62 + ".jpg")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"no photo uses it")
    before = tree_state(book)
    args = [photo if part == "PHOTO" else part for part in command]
    assert run(*args, "--data-dir", book) == 2
    assert one_line(capsys) == f"{what}: {OPTIONS_LINE}"
    assert tree_state(book) == before


@pytest.mark.parametrize("command", ["move-to-server", "move-to-file"])
def test_a_move_without_a_practitioner_is_refused_before_the_server_is_asked(
    book: Path, command: str, capsys
) -> None:
    # An address nobody listens at: asking it would fail otherwise.
    url = "postgresql://nobody@127.0.0.1:9/none"
    assert run(command, "--data-dir", book, "--database-url", url) == 2
    assert one_line(capsys) == f"{command} moves the logbook: {OPTIONS_LINE}"


def test_a_wrong_passphrase_is_one_line_and_imports_nothing(
    book: Path, photo: Path, passphrase_file: Callable[..., Path], capsys
) -> None:
    wrong = "not the passphrase at all"
    file = passphrase_file(wrong)
    assert (
        photos_import(book, photo, "--practitioner", PRACTITIONER, "--passphrase-file", file) == 2
    )
    message = one_line(capsys)
    assert message == f"cannot sign in as {PRACTITIONER}: That passphrase is not right. Try again."
    assert wrong not in message
    assert photo_count(book) == 0
    with Logbook.open(book) as logbook:  # the try counts (the next ones are slowed)
        assert logbook.audit_count(AuditFilter(action="sign_in_failed")) == 1


def test_after_wrong_passphrases_the_next_try_waits(
    book: Path, photo: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    # The clock of the throttle stands still, on a whole second: the logbook stores
    # times to the second, so a stop at .9995 s would leave 4.0005 s of the wait to say.
    stopped = datetime.now(UTC).replace(microsecond=0)
    monkeypatch.setattr("logger_app.logbook.identity.utc_now", lambda: stopped)
    monkeypatch.setenv(PRACTITIONER_ENV, PRACTITIONER)
    monkeypatch.setenv(PASSPHRASE_ENV, "a wrong passphrase")
    for _ in range(FREE_TRIES):
        assert photos_import(book, photo) == 2
    assert one_line_of_several(capsys).endswith("Wait 5 seconds before the next try.")
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)  # even the right one waits now
    assert photos_import(book, photo) == 2
    assert one_line(capsys) == (
        f"cannot sign in as {PRACTITIONER}: Too many wrong passphrases. Try again in 5 seconds."
    )
    assert photo_count(book) == 0


def one_line_of_several(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().err.splitlines()[-1]


def test_a_profile_without_a_passphrase_or_with_one_to_change_is_sent_to_the_window(
    book: Path, photo: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    with Logbook.open(book) as logbook:
        sign_in(logbook)  # the administrator, the logbook's first
        logbook.add_practitioner(PractitionerDetails("Dr New"))
        reset = logbook.add_practitioner(PractitionerDetails("Dr Reset"), "a temporary one")
    monkeypatch.setenv(PASSPHRASE_ENV, "a temporary one")
    monkeypatch.setenv(PRACTITIONER_ENV, "Dr New")
    assert photos_import(book, photo) == 2
    assert one_line(capsys) == (
        "cannot sign in as Dr New: Dr New has no passphrase yet: choose one to sign in. "
        "Sign in once in the logbook window to do so."
    )
    monkeypatch.setenv(PRACTITIONER_ENV, reset.name)
    assert photos_import(book, photo) == 2
    assert one_line(capsys) == (
        "cannot sign in as Dr Reset: The passphrase of Dr Reset was reset by an "
        "administrator: choose your own to sign in. Sign in once in the logbook window to do so."
    )
    monkeypatch.setenv(PRACTITIONER_ENV, "Dr Nobody")
    assert photos_import(book, photo) == 2
    assert one_line(capsys) == (
        "cannot sign in as Dr Nobody: There is no practitioner named Dr Nobody."
    )
    assert photo_count(book) == 0


def test_read_only_commands_run_without_signing_in_as_the_command_line(
    book: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    assert run("info", "--data-dir", book) == 0
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    monkeypatch.setenv(PRACTITIONER_ENV, PRACTITIONER)  # named, with no passphrase at hand
    assert run("info", "--data-dir", book) == 0
    assert run("export", "--data-dir", book, "--client", "1", "--format", "json",
               "-o", tmp_path / "ann.json") == 0  # fmt: skip
    assert run("check", "--data-dir", book) == 0
    with Logbook.open(book) as logbook:
        (entry,) = logbook.audit_entries(AuditFilter(action="export"), limit=1)
    assert entry.actor == command_line_actor()


def test_a_read_only_command_signs_in_the_practitioner_named(
    book: Path, tmp_path: Path, signed_in_env: str, capsys
) -> None:
    assert run("export", "--data-dir", book, "--client", "1", "--format", "json",
               "-o", tmp_path / "ann.json") == 0  # fmt: skip
    with Logbook.open(book) as logbook:
        (entry,) = logbook.audit_entries(AuditFilter(action="export"), limit=1)
    assert entry.actor == PRACTITIONER


def test_import_into_a_new_folder_refuses_a_passphrase_too_short_before_making_it(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from ..import_samples import eu_files

    clients, _ = eu_files(tmp_path)
    monkeypatch.setenv(PRACTITIONER_ENV, "Dr Lee")
    monkeypatch.setenv(PASSPHRASE_ENV, "short")
    assert run("import-csv", "--data-dir", data_dir, "--clients", clients) == 2
    assert "Dr Lee cannot be the logbook's first practitioner: Choose a passphrase of at least" in (
        capsys.readouterr().err
    )
    assert not data_dir.exists()


def test_a_long_command_gives_the_passphrase_again_before_the_key_closes(
    book: Path, make_session, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1000.0]
    monkeypatch.setattr(Identity, "clock", staticmethod(lambda: now[0]))
    monkeypatch.setattr("logger_app.cli.sign_in.time.monotonic", lambda: now[0])
    credentials = Credentials(PRACTITIONER, TEST_PASSPHRASE)
    with Logbook.open(book) as logbook:
        credentials.sign_in(logbook)
        second = logbook.record_session(make_session(1)).id
        now[0] += 70
        credentials.keep_key_open(logbook)  # as an import does after planning a large file
        now[0] += 70  # 140 seconds after signing in: the key stayed open
        assert logbook.sign_session(1).signed_by == PRACTITIONER
        now[0] += 130  # the core's window is real
        with pytest.raises(PassphraseNeededError):
            logbook.sign_session(second)


def test_a_restore_by_a_wrong_passphrase_touches_nothing(
    book: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    archive = tmp_path / "backup.zip"
    assert run("backup", "--data-dir", book, "-o", archive) == 0
    capsys.readouterr()
    monkeypatch.setenv(PRACTITIONER_ENV, PRACTITIONER)
    monkeypatch.setenv(PASSPHRASE_ENV, "a wrong passphrase")
    new = tmp_path / "new"  # checked against the backup's practitioners
    assert run("restore", archive, "--data-dir", new) == 2
    refused = f"cannot sign in as {PRACTITIONER}: That passphrase is not right. Try again."
    assert one_line(capsys) == refused
    assert not new.exists()
    before = tree_state(book)  # checked against the practitioners of the one replaced
    assert run("restore", archive, "--data-dir", book) == 2
    assert one_line(capsys) == refused
    assert tree_state(book) == before


@pytest.mark.server_only
def test_a_move_to_a_file_by_a_wrong_passphrase_leaves_the_folder_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from ...server_home import server_database

    with server_database() as url:
        with Logbook.open(tmp_path / "caches", database_url=url) as logbook:
            sign_in(logbook)
            logbook.add_client(ClientDetails("Ann", "Smith"))
        monkeypatch.setenv(PRACTITIONER_ENV, PRACTITIONER)
        monkeypatch.setenv(PASSPHRASE_ENV, "a wrong passphrase")
        empty, new = tmp_path / "empty", tmp_path / "new"
        empty.mkdir()
        for target in (empty, new):
            assert run("move-to-file", "--database-url", url, "--data-dir", target) == 2
            err = capsys.readouterr().err
            assert err.endswith(
                f"logger-app: cannot sign in as {PRACTITIONER}: That passphrase is not right. "
                "Try again.\n"
            )
        assert list(empty.iterdir()) == [] and not new.exists()
        monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)
        assert run("move-to-file", "--database-url", url, "--data-dir", new) == 0
    with Logbook.open(new) as moved:
        assert moved.client_count() == 1
        (entry,) = moved.audit_entries(AuditFilter(action="move"), limit=1)
    assert entry.actor == PRACTITIONER
