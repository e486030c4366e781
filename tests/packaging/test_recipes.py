"""The packaging recipes name files that exist: the entry script, the icons, the desktop
entry; the program's name and version agree everywhere (no PyInstaller run here)."""

from __future__ import annotations

import configparser
import os
import re
import tomllib
from pathlib import Path, PureWindowsPath

import logger_app
from resources.packaging.render_icons import PNG_SIZES

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGING = ROOT / "resources" / "packaging"
SPEC = PACKAGING / "logger-app.spec"
DESKTOP = PACKAGING / "linux" / "logger-app.desktop"
ISS = PACKAGING / "windows" / "logger-app.iss"
BUILD_APP = ROOT / ".ci" / "build-app"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name, Name[de]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_program_with_its_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Microneedling Logbook"
    assert entry["Terminal"] == "false"
    # The program's name: the console script's, the spec's, the one install-linux rewrites.
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert entry["Exec"] == "logger-app" and "logger-app" in scripts
    assert re.search(r'^NAME = "logger-app"$', SPEC.read_text(), re.M)
    assert "s|^Exec=logger-app|" in (PACKAGING / "linux" / "install-linux").read_text()
    # An icon theme name (no path, no extension), found under hicolor in every size.
    assert entry["Icon"] == "logger-app"
    for size in PNG_SIZES:
        assert (ROOT / "resources" / "icons" / f"{entry['Icon']}-{size}.png").is_file()
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
    assert entry["StartupWMClass"] == "logger-app"  # the window's desktop file name
    assert set(entry["Categories"].rstrip(";").split(";")) <= {"Office", "MedicalSoftware"}
    # The menu in German, in the app's words (Logbuch, Kunden, Sitzungen).
    assert entry["Name[de]"] == "Mikroneedling-Logbuch"
    assert entry["Comment[de]"].startswith("Kunden, Sitzungen")
    assert "german" in ISS.read_text().lower()  # the installer speaks German too


def test_the_spec_names_files_that_exist():
    text = SPEC.read_text()
    entry_script = re.search(r'ROOT / "resources" / "packaging" / "(\w+\.py)"', text)
    assert entry_script and (PACKAGING / entry_script.group(1)).is_file()
    assert "from ui.launcher import main" in (PACKAGING / entry_script.group(1)).read_text()
    icons = set(re.findall(r'"(logger-app\.\w+)"', text))
    assert icons == {"logger-app.ico", "logger-app.icns"}
    for icon in icons:
        assert (ROOT / "resources" / "icons" / icon).is_file()
    # The version comes from the package, where the program's --version reads it.
    assert '"logger_app" / "__init__.py"' in text


def test_the_windows_installer_names_files_that_exist():
    text = ISS.read_text()
    root = re.search(r'#define Root "(.*)"', text).group(1)
    assert re.search(r'#define AppVersion "(.*)"', text).group(1) == logger_app.__version__
    assert re.search(r'#define AppExe "(.*)"', text).group(1) == "logger-app.exe"
    for line in text.splitlines():
        for relative in re.findall(r"\{#Root\}([^\"*;]+)", line):
            if relative.startswith("dist"):
                continue  # what PyInstaller writes
            path = ISS.parent / PureWindowsPath(root + relative).as_posix()
            assert path.exists(), line
    assert "resources\\icons\\logger-app.ico" in text


def test_the_build_script_ships_the_desktop_entry_and_runs_in_ci():
    script = BUILD_APP.read_text()
    assert os.access(BUILD_APP, os.X_OK)
    assert os.access(PACKAGING / "linux" / "install-linux", os.X_OK)
    for named in re.findall(r"resources/[\w/.*-]+", script):
        if "*" not in named:
            assert (ROOT / named).exists(), named
    assert "--quit-after-start" in script
    assert "bash .ci/build-app" in (ROOT / ".ci" / "run").read_text()
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert any(r.startswith("pyinstaller") for r in extras["optional-dependencies"]["package"])


def test_the_readme_speaks_to_practitioners_first_then_to_developers():
    text = (ROOT / "README.md").read_text()
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings[:2] == ["For practitioners", "For developers"]
    practitioners = text.split("\n## For practitioners\n")[1].split("\n## ")[0]
    assert "```" not in practitioners  # plain words: inline code only
    developers = text.split("\n## For developers\n")[1]
    first_blocks = re.findall(r"```\w*\n(.*?)\n```", text, re.S)[:2]
    assert first_blocks == [
        "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/logger-app",
        'python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && .venv/bin/python -m pytest',
    ]
    assert developers.index(first_blocks[1]) < developers.index("### Building the app")
    assert "bash .ci/build-app" in developers and "untested here" in developers
