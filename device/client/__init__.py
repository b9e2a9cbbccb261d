"""Talking to a server: the API the device needs, over HTTP or embedded in-process, and the audit of what was sent."""
