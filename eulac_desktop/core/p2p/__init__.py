"""P2P learning sessions: plan rounds of small mixed EU/LAC tables around topics that someone offers."""

from .event_plan import latest_plan, move_person, people_of, plan_event, plan_names, plan_saved_at, save_plan
from .feedback import RatingRefused, add_feedback, add_feedbacks, feedback_summary, may_rate
from .limits import warning_text
from .names import problem_line, problem_word, with_names
from .planner import Person, Plan, PlanTable, mix_warning_text, plan_rounds
from .topics import (
           Topic,
           add_topic,
           event_topics,
           set_topic_label,
           suggest_codes,
           topic_label,
           topic_labels,
           unknown_topics,
)

__all__ = ["add_feedback", "add_feedbacks", "feedback_summary", "may_rate", "RatingRefused", "Person", "Plan", "PlanTable", "latest_plan",
           "mix_warning_text", "move_person", "people_of", "plan_event", "plan_names", "plan_rounds", "plan_saved_at", "save_plan", "topic_label",
           "topic_labels", "Topic", "add_topic", "event_topics", "set_topic_label", "suggest_codes", "unknown_topics", "warning_text",
           "problem_line", "problem_word", "with_names"]
