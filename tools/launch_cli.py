"""PyInstaller entry point of `eulac`, the command line."""

import sys

from eulac_desktop.cli import main

sys.exit(main())
