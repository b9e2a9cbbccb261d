"""Memory that learns: routine statistics, daily consolidation, profile facts, and the jobs that run them.

- ``routines``: pure statistics over observations (no model): sleep, coffee, exercise, habit/outcome.
- ``consolidation``: one ``day_summary`` memory per local day, built from the data; the model may
  add one headline sentence, kept only when its numbers and names are in the data.
- ``facts``: mem0-style ``profile_fact`` memories; the model chooses ADD/UPDATE/DELETE/NOOP from a
  closed set (JSON schema), and guards keep bad or silly answers from dropping facts.
- ``jobs``: ``LearningScheduler`` (apscheduler, SQLite job store) runs them while the person rests.
"""
