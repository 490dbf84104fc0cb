"""Deliverables: the event's data as CSV/XLSX, and the outcome report (PDF)."""

from .data import export_data

__all__ = ["export_data"]
