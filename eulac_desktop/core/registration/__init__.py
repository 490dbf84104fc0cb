"""Registration: participants, the import of organisers' lists, walk-ins, deduplication, search, export."""

from ..vocabulary import ROLE_LABELS, ROLES, role_label  # the one vocabulary of roles
from .people import (
    FIELDS,
    Progress,
    add_participant,
    add_participants,
    clean_participant,
    delete_participants,
    erase_participant,
    erased_count,
    event_topics,
    filter_values,
    find_by_email,
    merge_participants,
    participant_count,
    participant_ids,
    participant_rows,
    people,
    restore_participants,
    set_topics,
    similar_people,
    topic_choices,
    unmerge_participants,
    update_participant,
    validate_person,
)
from .search import fts_query, keep_search_index, prepare_search_index

__all__ = [
    "FIELDS", "ROLE_LABELS", "ROLES", "Progress", "add_participant", "add_participants", "clean_participant",
    "delete_participants", "erase_participant", "erased_count", "event_topics", "filter_values", "find_by_email",
    "fts_query", "keep_search_index", "prepare_search_index",
    "merge_participants", "participant_count", "participant_ids", "participant_rows", "people", "restore_participants",
    "role_label", "set_topics", "similar_people", "topic_choices", "unmerge_participants", "update_participant",
    "validate_person",
]
