"""The background logging agent: sensors on schedule, digitize, queue, sync, status and install."""
