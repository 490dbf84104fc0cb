"""The Qt-free modules the window's start needs, imported before PySide6 (`ui.app` imports this module first).

PySide6 hooks every import made after its own and reads each new module's source (shibokensupport's
`feature_imported`, looking for "PySide6" in it): the core's modules and the standard library's ones the start
uses cost about a tenth of the start's own time when they come after it, nothing when they come before.
Importing one of them elsewhere first changes nothing but that time.
"""

import locale  # noqa: F401  (the interface's language, core.i18n)
import logging.handlers  # noqa: F401  (the log file's first line, core.logfile)
import platform  # noqa: F401  (the versions the log's first line names)

import platformdirs  # noqa: F401  (the settings' and the log's folders, core.paths)

from ..core import badges, certificates, checkin, event, logfile, registration, workspace  # noqa: F401
