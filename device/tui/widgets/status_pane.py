"""``StatusPane``: server health and engine metrics, outbox and last sync, the agent, the sensors."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from device.agent.status import AgentStatus
from device.status_probe import (
    DeviceStatus,
    EngineStats,
    ServerStatus,
    agent_is_running,
)
from shared.timeutil import parse_iso

STATUS_STYLES = {"ok": "green", "unavailable": "yellow", "unconfigured": "yellow", "error": "red"}


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} ms"


def server_text(server: ServerStatus | None) -> str:
    """The server section."""
    if server is None:
        return "[b]Server[/b]   checking…"
    if not server.reachable:
        return (f"[b]Server[/b]   {escape(server.description)} · [red b]OFFLINE[/red b]\n"
                f"         [dim]{escape(server.error or '')}[/dim]\n"
                "         questions are answered on this device; the outbox keeps everything")
    return (f"[b]Server[/b]   {escape(server.description)} · [green]online[/green] · v{escape(server.version or '?')} · "
            f"{server.memories} memories")


def engine_text(engine: EngineStats | None) -> str:
    """The engine section: means over answers."""
    on_device = ""
    if engine is not None and engine.device_answers:
        n = engine.device_answers
        on_device = f"{n} answer{'' if n == 1 else 's'} made on this device (server unreachable)"
    if engine is None or not engine.answers:
        source = engine.source if engine else "this session"
        return f"[b]Engine[/b]   no server answers yet ({source})" + (f" · {on_device}" if on_device else "")
    speed = f"{engine.tokens_per_s:.1f} tok/s" if engine.tokens_per_s else "- tok/s"
    waiting = "" if engine.waiting is None else f" · {engine.waiting} waiting"
    answers = f"{engine.answers} answer{'' if engine.answers == 1 else 's'}"
    return (f"[b]Engine[/b]   {answers}, {engine.decode_tokens or 0} tokens ({engine.source}){waiting}\n"
            f"         TTFT {_ms(engine.ttft_ms)} · prefill {_ms(engine.prefill_ms)} · {speed}"
            + (f"\n         and {on_device}" if on_device else ""))


def _local(text: str | None, tz) -> str:
    if not text:
        return "never"
    try:
        return f"{parse_iso(text).astimezone(tz):%a %d %b %H:%M}"
    except ValueError:
        return text


def agent_text(agent: AgentStatus | None, tz) -> str:
    """The agent's last status (fields a newer agent adds are read when present)."""
    if agent is None:
        return "[b]Agent[/b]    no status yet: start it with [b]tether agent[/b]"
    state = "running" if agent_is_running(agent) else "stopped"
    if getattr(agent, "stale", False):
        state = "[yellow]stopped without saying so[/yellow] (killed or crashed)"
    paused = getattr(agent, "paused_reason", None)
    pid = getattr(agent, "pid", None)
    line = f"[b]Agent[/b]    {state}{f' (pid {pid})' if pid else ''} · {agent.cycles} cycles · " \
           f"last cycle {_local(agent.last_cycle, tz)}"
    if paused:
        line += f" · [yellow]paused: {escape(str(paused))}[/yellow]"
    if agent.last_error:
        line += f"\n         [red]last error:[/red] {escape(agent.last_error)}"
    return line


def device_text(device: DeviceStatus | None, tz) -> str:
    """Outbox, local store and agent (the sensors are ``sensors_table``)."""
    if device is None:
        return "[b]Outbox[/b]   checking…"
    last_sync = _local(device.agent.last_sync, tz) if device.agent else "never"
    lines = [f"[b]Outbox[/b]   {device.outbox_depth} queued · agent's last sync: {last_sync} · [dim]s: sync now[/dim]",
             f"[b]Device[/b]   {device.observations} observations stored",
             agent_text(device.agent, tz),
             f"[b]Sensors[/b]  [dim]{escape(device.sensors_source)}[/dim]"]
    return "\n".join(lines)


def sensors_table(device: DeviceStatus | None) -> Table:
    """Each enabled sensor, its status and the whole reason, wrapped in its own column (a reason
    is what says how to fix a sensor, so it is never cut); then the sensors that are off."""
    table = Table.grid(padding=(0, 1), expand=True)
    table.add_column(width=13, no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    for row in device.sensors if device is not None else []:
        style = STATUS_STYLES.get(row.status, "white")
        table.add_row(Text(row.name), Text(row.status, style=style), Text(row.reason, style="dim"))
    if device is not None and device.disabled:
        table.add_row(Text("off", style="dim"), Text(""), Text(", ".join(device.disabled), style="dim"))
    return table


class StatusPane(VerticalScroll):
    """Sections redrawn whenever the app has probed something new."""

    def __init__(self, tz, id: str | None = None) -> None:
        super().__init__(id=id, can_focus=True)
        self.tz = tz
        self.server: ServerStatus | None = None
        self.engine: EngineStats | None = None
        self.device: DeviceStatus | None = None

    def compose(self) -> ComposeResult:
        yield Static(server_text(None), id="server-status")
        yield Static(engine_text(None), id="engine-status")
        yield Static(device_text(None, self.tz), id="device-status")
        yield Static(sensors_table(None), id="sensor-status")

    def show(self, server: ServerStatus | None = None, engine: EngineStats | None = None,
             device: DeviceStatus | None = None) -> None:
        """Redraw the sections given (others keep what they showed)."""
        if server is not None:
            self.server = server
            self.query_one("#server-status", Static).update(server_text(server))
        if engine is not None:
            self.engine = engine
            self.query_one("#engine-status", Static).update(engine_text(engine))
        if device is not None:
            self.device = device
            self.query_one("#device-status", Static).update(device_text(device, self.tz))
            self.query_one("#sensor-status", Static).update(sensors_table(device))
