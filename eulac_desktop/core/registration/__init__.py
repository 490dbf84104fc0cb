"""Registration: participants, the import of organisers' lists, walk-ins, deduplication, search, export."""

from .people import (FIELDS, ROLES, Progress, add_participant, add_participants, clean_participant,
                     delete_participants, erase_participant, event_topics, filter_values, find_by_email,
                     fts_query, merge_participants, participant_count, participant_ids, participant_rows,
                     restore_participants, set_topics, similar_people, update_participant, validate_person)

__all__ = [
    "FIELDS", "ROLES", "Progress", "add_participant", "add_participants", "clean_participant",
    "delete_participants", "erase_participant", "event_topics", "filter_values", "find_by_email", "fts_query",
    "merge_participants", "participant_count", "participant_ids", "participant_rows", "restore_participants",
    "set_topics", "similar_people", "update_participant", "validate_person",
]
