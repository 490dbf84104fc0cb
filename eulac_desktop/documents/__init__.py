"""Printable documents (PDF with reportlab), Qt-free: badges, and later agendas, signs and reports."""
