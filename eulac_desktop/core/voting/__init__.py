"""Priority voting: polls, one ballot per badge, counting methods (see `methods`)."""

from .methods import METHODS, BallotRefused
from .polls import (VoteRefused, cast_ballot, counted_ballots, create_poll, create_poll_from_clusters,
                    get_poll, polls, results, set_state,
                    void_ballot)

__all__ = ["METHODS", "BallotRefused", "VoteRefused", "cast_ballot", "counted_ballots", "create_poll", "create_poll_from_clusters", "get_poll",
           "polls", "results", "set_state", "void_ballot"]
