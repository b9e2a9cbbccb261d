"""The HTTP side of the server: the app factory, authentication, limits, API tokens, streaming and the routes."""
