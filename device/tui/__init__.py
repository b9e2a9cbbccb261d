"""The terminal assistant (textual)."""
