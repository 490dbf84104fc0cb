"""PyInstaller entry point of `eulac-desktop` (a script, since the package uses relative imports)."""

import sys

from eulac_desktop.ui.app import main

sys.exit(main())
