"""eulac-desktop: an offline-first desktop application for EU-LAC participatory events."""

__version__ = "0.1.0"
APP_NAME = "eulac-desktop"
