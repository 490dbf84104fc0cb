"""P2P learning sessions: plan rounds of small mixed EU/LAC tables around topics that someone offers."""

from .planner import Person, Plan, PlanTable, plan_rounds
from .event_plan import latest_plan, people_of, plan_event, save_plan

__all__ = ["Person", "Plan", "PlanTable", "latest_plan", "people_of", "plan_event", "plan_rounds", "save_plan"]
