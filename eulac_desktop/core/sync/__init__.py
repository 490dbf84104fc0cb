"""Venue sync (ARCHITECTURE.md §5, "Venue sync"): laptops in one room exchange small signed delta bundles through a
folder that Syncthing, or any shared folder, replicates. The event file itself is never synced.

The event's sync folder `DIR` holds one subfolder per laptop, named by its device id: each laptop writes only its own
(`outbox`: write-once delta bundles of the rows it wrote since its last one, compacted now and then into one) and
reads every other (`inbox`: deltas of trusted devices applied, others quarantined or refused, a receipt for each).
`engine` ties them together (`sync_once`, `sync_status`, the folder's setting); `syncthing` drives a Syncthing
instance through its REST API.
"""

from .engine import StatusWatch, SyncResult, get_folder, set_folder, sync_once, sync_status
from .outbox import COMPACT_AFTER, write_delta

__all__ = ["COMPACT_AFTER", "StatusWatch", "SyncResult", "get_folder", "set_folder", "sync_once", "sync_status",
           "write_delta"]
