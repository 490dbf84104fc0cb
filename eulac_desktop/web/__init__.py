"""The participants' page and its JSON API, served on the venue network by the facilitator's laptop (issue 20).

aiohttp on its own asyncio loop in a worker thread (`room.Room`), with its own connections to the event file
(`store.Store`: one writer queue); it imports no Qt, and the window wraps it (ui/phones.py). The page is static
files (`static/`, vanilla HTML, CSS and JavaScript) in the participant's language (`static/i18n/LANG.json`).
"""
