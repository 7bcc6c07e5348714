"""The web workbench (`orgcheck serve`): the CLI's check, diff, plan and rules for analysts in a browser,
with dossiers kept in a database.

app.py (factory, start-up guard, login and accounts) · context.py (per-request context and guards) ·
routes_check.py (upload, reports, dossiers) · routes_rules.py (catalogue, draft rules) · routes_api.py
(JSON API) · runs.py (checks of stored files) · security.py (passwords, sessions, CSRF, throttle) ·
storage.py (SQLAlchemy models; migrations/ by Alembic) · words.py (page wording) · templates/, static/.
"""
