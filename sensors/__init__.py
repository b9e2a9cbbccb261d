"""Sensor plugins: each turns some part of a person's life into Observations."""
