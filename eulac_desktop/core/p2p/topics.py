"""The event's P2P topics as people read them: each topic code's label in a language."""

from __future__ import annotations

import json

from ..workspace import Workspace


def topic_labels(ws: Workspace, lang: str) -> dict[str, str]:
    """Each topic code's label in `lang`, else in the event's main language, else in English, else in any
    language it has; the code itself when it has no label at all."""
    from ..event import get_event

    fallbacks = [lang, *(get_event(ws).languages or [])[:1], "en"]
    out = {}
    for code, text in ws.conn.execute("SELECT code, labels FROM topics WHERE event_id = ? AND deleted = 0",
                                      (ws.event_id,)):
        labels = {k: v for k, v in json.loads(text or "{}").items() if isinstance(v, str) and v.strip()}
        out[code] = next((labels[k] for k in fallbacks if k in labels), None) or next(iter(labels.values()), code)
    return out


def topic_label(labels: dict[str, str], code: str) -> str:
    """A topic's label from `topic_labels`, or its code when the event does not know it."""
    return labels.get(code) or labels.get(code.upper()) or code
