"""Priority voting: polls, one ballot per badge, paper ballots, counting methods (see `methods`)."""

from .methods import METHODS, BallotRefused
from .paper import (
                    PaperCheck,
                    check_paper_ballot,
                    check_paper_entry,
                    enter_paper_ballot,
                    paper_mismatches,
                    read_serial,
                    serials,
)
from .polls import (
                    VoteRefused,
                    cast_ballot,
                    count_ballots,
                    counted_ballots,
                    create_poll,
                    create_poll_from_clusters,
                    get_poll,
                    has_voted,
                    may_vote,
                    polls,
                    results,
                    set_state,
                    undo_state,
                    void_ballot,
                    voidable_ballots,
)

__all__ = ["METHODS", "BallotRefused", "PaperCheck", "VoteRefused", "cast_ballot", "check_paper_ballot", "check_paper_entry",
           "count_ballots", "counted_ballots",
           "create_poll", "create_poll_from_clusters", "enter_paper_ballot", "get_poll", "has_voted", "may_vote", "paper_mismatches", "polls",
           "read_serial", "results", "serials", "set_state", "undo_state", "void_ballot",
           "voidable_ballots"]
