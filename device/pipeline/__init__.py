"""Observations in: digitize (normalize, merge, episodes), privacy, day roll-ups, and the pipeline to the store and outbox."""
