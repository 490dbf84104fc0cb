"""Text from participants, bundles, phones and other laptops shown as written, never read as HTML."""

from __future__ import annotations

from PySide6.QtGui import Qt


def literal(text: str) -> str:
    """`text` for a tooltip, message box or other place where Qt guesses the format: a name such as "<b>Ana</b>" or
    "<img src=x>" would be read as rich text there, so text that looks like HTML is turned into the HTML that shows
    it as written ("&lt;b&gt;Ana…"); other text is given back as it is."""
    return Qt.convertFromPlainText(text) if Qt.mightBeRichText(text) else text
