"""P2P learning sessions: plan rounds of small mixed EU/LAC tables around topics that someone offers."""

from .planner import Person, Plan, PlanTable, plan_rounds
from .event_plan import latest_plan, move_person, people_of, plan_event, save_plan
from .feedback import RatingRefused, add_feedback, feedback_summary, may_rate

__all__ = ["add_feedback", "feedback_summary", "may_rate", "RatingRefused", "Person", "Plan", "PlanTable", "latest_plan", "move_person", "people_of", "plan_event", "plan_rounds", "save_plan"]
