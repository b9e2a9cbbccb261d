"""One router per domain, mounted in ``server.app``."""
