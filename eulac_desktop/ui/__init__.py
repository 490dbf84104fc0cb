"""The PySide6 desktop: a thin layer of windows, pages and Qt models over the core."""
