"""The built app's entry point: the ``logger-app`` console script, as a program."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
