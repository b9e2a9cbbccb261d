"""The device's SQLite storage: the local observation store, the outbox and its recovery."""
