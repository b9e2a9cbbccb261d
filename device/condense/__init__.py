"""The on-device condenser: current state, context facts, relevance ranking, the condensed prompt."""
