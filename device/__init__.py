"""Device side of Tether: digitize observations, keep local state and the outbox, condense prompts."""
