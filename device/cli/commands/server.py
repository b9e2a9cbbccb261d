"""``tether server``: load the models (with progress on a terminal), warn about exposure, serve."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import signal
from typing import Any

from device.cli.output import EXIT_OK
from device.cli.progress import step
from shared.settings import DeviceSettings, ServerSettings

logger = logging.getLogger(__name__)

NAME = "server"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether server``."""
    p = sub.add_parser(NAME, parents=[common], help="run the self-hosted server")
    p.add_argument("--host", help="address to bind (default 127.0.0.1; env TETHER_HOST)")
    p.add_argument("--port", type=int, help="port (default 8765; env TETHER_PORT)")


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable only from this machine (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


def exposure_warning(settings: ServerSettings) -> str | None:
    """A warning when the server would answer other machines in plain HTTP; None otherwise."""
    if is_loopback(settings.host) or (settings.tls_certfile and settings.tls_keyfile):
        return None
    return (f"binding to {settings.host}:{settings.port}, which other machines can reach, without TLS: tokens and "
            "your data would cross the network in plain text. Put a reverse proxy that terminates TLS in front "
            "(Caddy, nginx, Traefik) and keep the server on 127.0.0.1, use a VPN or SSH tunnel, or set "
            "TETHER_TLS_CERTFILE and TETHER_TLS_KEYFILE.")


def server_settings_from_args(args: argparse.Namespace, settings: DeviceSettings) -> ServerSettings:
    """Server settings: flags, then the environment and the config file's [server] table."""
    overrides: dict[str, Any] = {k: v for k, v in (("host", args.host), ("port", args.port)) if v is not None}
    for key, value in (("home", args.home), ("timezone", args.tz), ("config_path", args.config)):
        if value is not None:
            overrides[key] = value
    return ServerSettings(**overrides)


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Run the server with uvicorn until interrupted."""
    import uvicorn

    from server.api.app import create_app
    from server.services.container import build_embedder, build_engine, build_services

    server_settings = server_settings_from_args(args, settings)
    warning = exposure_warning(server_settings)
    if warning:
        logger.warning("%s", warning)
    # Loaded here rather than in the app's lifespan so that a person at a terminal sees each step.
    with step("loading the embedding model"):
        embedder = build_embedder(server_settings)
    with step("loading the language model" if server_settings.engine == "llamacpp" else "connecting to the upstream engine"):
        engine = build_engine(server_settings)
    with step("opening memory"):
        services = build_services(server_settings, engine=engine, embedder=embedder)
    try:
        app = create_app(server_settings, services=services, start_learning=True)
        tls = bool(server_settings.tls_certfile and server_settings.tls_keyfile)
        where = "TETHER_TOKEN" if server_settings.token else str(server_settings.server_dir / "token")
        scheme = "https" if tls else "http"
        print(f"tether server on {scheme}://{server_settings.host}:{server_settings.port} (token: {where})", flush=True)
        # uvicorn shuts down gracefully on SIGTERM and then raises the signal again for the handler
        # it found; a no-op handler lets the models and stores close below and the exit be 0.
        previous = signal.signal(signal.SIGTERM, lambda *_: logger.info("stopped by SIGTERM"))
        try:
            uvicorn.run(app, host=server_settings.host, port=server_settings.port, log_level="warning",
                        ssl_certfile=server_settings.tls_certfile if tls else None,
                        ssl_keyfile=server_settings.tls_keyfile if tls else None)
        finally:
            signal.signal(signal.SIGTERM, previous)
    finally:
        services.close()
    return EXIT_OK
