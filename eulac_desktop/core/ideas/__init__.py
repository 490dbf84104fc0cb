"""Ideas: "How might we…?" challenges, the ideas captured for them, and their clusters (themes) on the board."""

from .board import (
    COLOURS,
    Board,
    Card,
    Column,
    add_cluster,
    board,
    delete_cluster,
    mark_duplicates,
    merge_clusters,
    move_ideas,
    reorder_clusters,
    unmark_duplicates,
    update_cluster,
)
from .capture import MAX_IDEA_LENGTH, add_ideas, delete_ideas, edit_idea, ideas, split_lines
from .challenges import (
    add_challenge,
    challenges,
    get_challenge,
    seconds_left,
    start_timer,
    stop_timer,
    update_challenge,
)
from .export import export_ideas

__all__ = ["COLOURS", "Board", "Card", "Column", "MAX_IDEA_LENGTH", "add_challenge", "add_cluster", "add_ideas", "board",
           "challenges", "delete_cluster", "delete_ideas", "edit_idea", "export_ideas", "get_challenge", "ideas", "mark_duplicates",
           "merge_clusters", "move_ideas", "reorder_clusters", "seconds_left", "split_lines", "start_timer", "stop_timer",
           "unmark_duplicates", "update_challenge", "update_cluster"]
