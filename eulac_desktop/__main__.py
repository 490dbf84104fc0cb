"""`python -m eulac_desktop` opens the desktop application."""

import sys

from .ui.app import main

sys.exit(main())
