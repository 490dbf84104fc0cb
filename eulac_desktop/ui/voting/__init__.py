"""Voting in the app: the page's dialogs, ballot forms for the kiosk and paper entry, and results painting."""
