"""LLM engines behind one interface (``Engine``), selected by configuration."""
