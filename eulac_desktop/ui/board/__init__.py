"""The ideas board: a `QGraphicsScene` of cluster columns and idea cards, and the view that edits it."""
