"""One router per domain, mounted in ``server.api.app``."""
