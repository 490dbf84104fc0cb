"""PyInstaller entry point of both programs, which share one executable (build.spec): run as `eulac`, a link to
`eulac-desktop` (or, on Windows, `eulac.exe`), it is the command line; under any other name, the app. (A script, since
the package uses relative imports.)"""

import multiprocessing
import os
import sys

# the planner's helper process (eulac_desktop/core/p2p/parallel.py) is this executable started again: it runs the
# helper, not the app or the command line
multiprocessing.freeze_support()

if os.path.basename(sys.argv[0]).lower().removesuffix(".exe") == "eulac":
    from eulac_desktop.cli import main
else:
    from eulac_desktop.ui.app import main

sys.exit(main())
