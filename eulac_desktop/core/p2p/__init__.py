"""P2P learning sessions: plan rounds of small mixed EU/LAC tables around topics that someone offers."""

from .planner import Person, Plan, PlanTable, plan_rounds
from .event_plan import latest_plan, move_person, people_of, plan_event, plan_saved_at, save_plan
from .feedback import add_feedback, feedback_summary
from .topics import topic_label, topic_labels

__all__ = ["add_feedback", "feedback_summary", "Person", "Plan", "PlanTable", "latest_plan", "move_person", "people_of", "plan_event", "plan_rounds", "plan_saved_at", "save_plan",
           "topic_label", "topic_labels"]
