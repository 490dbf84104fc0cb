"""P2P learning sessions: plan rounds of small mixed EU/LAC tables around topics that someone offers."""

from .planner import Person, Plan, PlanTable, plan_rounds
from .event_plan import latest_plan, move_person, people_of, plan_event, save_plan
from .feedback import add_feedback, feedback_summary

__all__ = ["add_feedback", "feedback_summary", "Person", "Plan", "PlanTable", "latest_plan", "move_person", "people_of", "plan_event", "plan_rounds", "save_plan"]
