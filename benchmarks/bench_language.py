"""What speaking German costs at start-up; prints figures and the ratio to English.

    python benchmarks/bench_language.py [--repeat N]

a. installing the language (Qt's translators, the default locale, the core's hook):
   German (loads the compiled catalog and Qt's own) against English (loads nothing);
b. saying every vocabulary label once through the installed translator, German against
   English (English asks Qt too, and finds no translator).

Qt runs offscreen; nothing is written.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from logger_app import vocabulary  # noqa: E402
from ui.common.language import ENGLISH, GERMAN, install_language  # noqa: E402


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def all_labels() -> list[str]:
    enums = [
        value
        for value in vars(vocabulary).values()
        if isinstance(value, type)
        and issubclass(value, vocabulary.LabelledEnum)
        and value is not vocabulary.LabelledEnum
    ]
    return [member.label for enum in enums for member in enum]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalog = REPO_ROOT / "resources" / "i18n" / "logger_app_de.qm"
    print(f"catalog: {catalog.stat().st_size / 1024:.0f} KiB")

    english = median_ms(lambda: install_language(app, ENGLISH), args.repeat)
    german = median_ms(lambda: install_language(app, GERMAN), args.repeat)
    print(f"a. install English: {english:.2f} ms   German: {german:.2f} ms   "
          f"German - English: {german - english:+.2f} ms")  # fmt: skip

    install_language(app, ENGLISH)
    count = len(all_labels())
    english = median_ms(all_labels, args.repeat)
    install_language(app, GERMAN)
    german = median_ms(all_labels, args.repeat)
    install_language(app, ENGLISH)
    print(f"b. {count} labels said: English {english:.2f} ms   German {german:.2f} ms   "
          f"ratio {german / english:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
