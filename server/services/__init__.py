"""The server's services: the container of heavy objects, chat, ingest, memory and the OpenAI-compatible chat."""
