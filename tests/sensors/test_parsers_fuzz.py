"""Structure-aware fuzzing of every parser of outside input: JSON Lines observations, iCalendar,
Apple Health XML, GPX/TCX and webhook bodies, plus the XML attacks (entity bombs, external
entities, external DTDs, XInclude) against each XML parser.

Each parser may only answer with its result or its documented error: ``ObservationError`` /
``LineError`` (observations), ``ICalendarError`` (calendars), ``HealthFileError`` (health files;
``UnsafeXMLError`` for entities), a ``rejected`` entry (webhook). Random bytes and damaged real
files are fuzzed in test_health_parsers.py, test_ical.py and test_webhook.py; these generators build
inputs that look right, so the fuzzing reaches the code behind the syntax checks.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterable
from xml.sax.saxutils import escape, quoteattr
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sensors.health_apple import parse_apple_health
from sensors.health_workouts import parse_gpx, parse_tcx
from sensors.health_xml import HealthFileError, UnsafeXMLError
from sensors.ical import ICalendarError, meetings_from_ics
from sensors.webhook import WebhookInbox
from shared.observation import LineError, Observation, ObservationError, parse_observation, read_jsonl

FUZZ = settings(max_examples=80, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
EDGE_ZONES = (ZoneInfo("Pacific/Kiritimati"), ZoneInfo("Etc/GMT+12"))  # UTC+14 and UTC-12: the widest offsets

# Text with everything in it: control characters, astral characters and lone surrogates.
any_text = st.text(st.characters(exclude_categories=()), max_size=24)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | any_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_text, inner, max_size=3),
    max_leaves=12,
)
aware_times = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31),
                           timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=14)),
                                                      timezone(timedelta(hours=-12)), ZoneInfo("Europe/Berlin")]))
time_texts = st.one_of(aware_times.map(datetime.isoformat), st.datetimes().map(datetime.isoformat),
                       st.sampled_from(["", "noon", "2026-11-20", "2026-02-30T10:00:00+01:00", "2026-11-20T25:00Z"]),
                       any_text)


@st.composite
def observation_records(draw: st.DrawFn) -> dict[str, Any]:
    """A dict shaped like an observation whose every field may be right, wrong or missing."""
    record: dict[str, Any] = {}
    fields = {
        "id": st.one_of(any_text, st.integers(), st.none()),
        "sensor": st.one_of(st.sampled_from(["manual", "window", "health"]), any_text, st.integers()),
        "kind": st.one_of(st.sampled_from(["coffee", "sleep", "day_summary", "profile_fact"]), any_text, st.none()),
        "start": st.one_of(time_texts, st.integers(), st.none()),
        "end": st.one_of(time_texts, st.none()),
        "modality": st.one_of(st.sampled_from(["visual", "gustatory", "smell"]), any_text, st.none()),
        "data": st.one_of(st.dictionaries(any_text, json_values, max_size=4), json_values),
    }
    for name, strategy in fields.items():
        if draw(st.booleans()) or name in ("id", "sensor", "kind", "start"):
            record[name] = draw(strategy)
    record.update(draw(st.dictionaries(any_text, json_values, max_size=2)))  # unknown fields
    return record


@st.composite
def plausible_records(draw: st.DrawFn) -> dict[str, Any]:
    """A record that is valid but for its edges: any text, any time, any data."""
    start = draw(aware_times)
    record = {"id": draw(any_text.filter(bool)), "sensor": draw(any_text.filter(bool)),
              "kind": draw(any_text.filter(bool)), "start": start.isoformat(),
              "data": draw(st.dictionaries(any_text, json_values, max_size=4))}
    if draw(st.booleans()):
        record["end"] = (start + draw(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3)))).isoformat() \
            if start.year < 9999 else start.isoformat()
    return record


def _usable(observation: Observation) -> None:
    """What every accepted observation must allow: JSON Lines round trip, any time zone."""
    line = observation.to_json()
    [again] = list(read_jsonl([line]))
    assert isinstance(again, Observation) and again.to_json() == line  # (NaN in data: compare the text)
    for zone in EDGE_ZONES:
        observation.start.astimezone(zone), (observation.end or observation.start).astimezone(zone)


@FUZZ
@given(st.one_of(observation_records(), plausible_records(), json_values))
def test_parse_observation_raises_only_observation_error(raw: Any) -> None:
    try:
        observation = parse_observation(raw)
    except ObservationError as exc:
        assert exc.field and str(exc)
        return
    _usable(observation)


@FUZZ
@given(st.lists(st.one_of(observation_records().map(json.dumps), plausible_records().map(json.dumps),
                          json_values.map(json.dumps), any_text, st.just(""), st.just("   ")), max_size=8))
def test_read_jsonl_yields_one_item_per_nonblank_line(lines: list[str]) -> None:
    items = list(read_jsonl(lines))
    assert len(items) == sum(1 for line in lines if line.strip())
    for item in items:
        assert isinstance(item, (Observation, LineError))
        if isinstance(item, Observation):
            _usable(item)
        else:
            assert item.line >= 1 and item.message


# --- iCalendar ---------------------------------------------------------------------------------

ical_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
ical_times = st.one_of(
    st.datetimes().map(lambda t: t.strftime("%Y%m%dT%H%M%SZ")),
    st.datetimes().map(lambda t: t.strftime("%Y%m%dT%H%M%S")),
    st.dates().map(lambda d: d.strftime("%Y%m%d")),
    ical_text,
)


FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY", "HOURLY", "MINUTELY", "SECONDLY", "FORTNIGHTLY"]


@st.composite
def calendars(draw: st.DrawFn) -> str:
    """A VCALENDAR whose events have plausible, odd or broken properties (recurrence included)."""
    events = []
    for n in range(draw(st.integers(1, 3))):
        start = draw(ical_times)
        lines = ["BEGIN:VEVENT", f"UID:{draw(st.one_of(st.just(f'ev-{n}'), ical_text))}"]
        tzid = draw(st.sampled_from(["", ";TZID=Europe/Berlin", ";TZID=Nowhere/Else", ";VALUE=DATE"]))
        lines.append(f"DTSTART{tzid}:{start}")
        if draw(st.booleans()):
            lines.append(draw(st.one_of(ical_times.map(lambda t: f"DTEND:{t}"),
                                        st.sampled_from(["DURATION:PT1H", "DURATION:-PT5M", "DURATION:P9999999D",
                                                         "DURATION:nonsense"]))))
        if draw(st.booleans()):
            parts = [f"FREQ={draw(st.sampled_from(FREQUENCIES))}"]
            for key, values in (("INTERVAL", st.integers(-1, 1000)), ("COUNT", st.integers(-1, 10**6)),
                                ("UNTIL", ical_times), ("BYDAY", st.sampled_from(["MO,WE", "-1FR", "5SU", "XX"])),
                                ("BYHOUR", st.sampled_from(["9", "0,12,23", "24"])), ("BYMONTHDAY", st.integers(-32, 32))):
                if draw(st.booleans()):
                    parts.append(f"{key}={draw(values)}")
            lines.append("RRULE:" + ";".join(parts))
        for prop in ("EXDATE", "RDATE", "RECURRENCE-ID"):
            if draw(st.integers(0, 3)) == 0:
                lines.append(f"{prop}:{draw(ical_times)}")
        lines += [f"SUMMARY:{draw(ical_text)}", f"STATUS:{draw(st.sampled_from(['CONFIRMED', 'CANCELLED', 'x']))}",
                  f"ATTENDEE;CN={draw(ical_text)}:mailto:{draw(ical_text)}", "END:VEVENT"]
        events.append("\r\n".join(lines))
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "\r\n".join(events) + "\r\nEND:VCALENDAR\r\n"


@FUZZ
@given(calendars())
def test_calendars_give_meetings_or_icalendar_error(text: str) -> None:
    try:
        meetings = meetings_from_ics(text, datetime(2026, 11, 1, tzinfo=timezone.utc),
                                     datetime(2026, 11, 15, tzinfo=timezone.utc), default_tz=ZoneInfo("Europe/Berlin"))
    except ICalendarError:
        return
    for meeting in meetings:
        assert isinstance(meeting, Observation) and meeting.kind in ("meeting", "calendar_day")
        _usable(meeting)


def test_a_series_that_would_take_minutes_to_expand_is_skipped(caplog: pytest.LogCaptureFixture) -> None:
    # An hourly rule from the year 1 made dateutil walk 17 million hours to reach the window.
    text = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:old\r\nDTSTART:00010101T090000Z\r\nDURATION:PT1H\r\n"
            "RRULE:FREQ=HOURLY\r\nSUMMARY:s\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:ok\r\nDTSTART:20261102T090000Z\r\n"
            "RRULE:FREQ=DAILY;COUNT=3\r\nSUMMARY:standup\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    with caplog.at_level(logging.WARNING):
        meetings = meetings_from_ics(text, datetime(2026, 11, 1, tzinfo=timezone.utc),
                                     datetime(2026, 11, 8, tzinfo=timezone.utc))
    assert [m.data.get("title") or m.data.get("summary") for m in meetings].count(None) == 0
    assert len(meetings) == 3 and "steps to reach the window" in caplog.text


# --- Apple Health, GPX, TCX ----------------------------------------------------------------------

xml_text = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=16)
apple_dates = st.one_of(aware_times.map(lambda t: t.strftime("%Y-%m-%d %H:%M:%S %z")), xml_text)
numbers = st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr), st.integers().map(str), xml_text)


def _attrs(values: dict[str, str]) -> str:
    return " ".join(f"{key}={quoteattr(value)}" for key, value in values.items())


@st.composite
def apple_exports(draw: st.DrawFn) -> str:
    """An export.xml with sleep, step, heart-rate and workout records whose attributes may be wrong."""
    types = ["HKCategoryTypeIdentifierSleepAnalysis", "HKQuantityTypeIdentifierStepCount",
             "HKQuantityTypeIdentifierHeartRate", "HKQuantityTypeIdentifierBodyMass"]
    items = []
    for _ in range(draw(st.integers(0, 6))):
        attrs = {"startDate": draw(apple_dates), "endDate": draw(apple_dates), "sourceName": draw(xml_text)}
        if draw(st.integers(0, 3)) == 0:
            attrs.update(workoutActivityType=draw(st.one_of(st.just("HKWorkoutActivityTypeRunning"), xml_text)),
                         duration=draw(numbers), durationUnit=draw(st.sampled_from(["min", "s", "hr", "fortnight"])),
                         totalDistance=draw(numbers), totalDistanceUnit=draw(st.sampled_from(["km", "mi", "parsec"])))
            stats = ""
            for _ in range(draw(st.integers(0, 2))):
                stat = {"type": draw(st.sampled_from([*types, "HKQuantityTypeIdentifierDistanceWalkingRunning"])),
                        "sum": draw(numbers), "average": draw(numbers),
                        "unit": draw(st.sampled_from(["km", "count/min", "kcal", "?"]))}
                stats += f"<WorkoutStatistics {_attrs(stat)}/>"
            items.append(f"<Workout {_attrs(attrs)}>{stats}</Workout>")
        else:
            attrs.update(type=draw(st.one_of(st.sampled_from(types), xml_text)),
                         value=draw(st.one_of(st.just("HKCategoryValueSleepAnalysisAsleepDeep"), numbers)))
            items.append(f"<Record {_attrs(attrs)}/>")
    return '<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en">' + "".join(items) + "</HealthData>"


xml_times = st.one_of(aware_times.map(datetime.isoformat), xml_text)


@st.composite
def gpx_tracks(draw: st.DrawFn) -> str:
    points = []
    for _ in range(draw(st.integers(0, 5))):
        lat, lon, ele, when, hr = (draw(numbers), draw(numbers), draw(numbers), draw(xml_times), draw(numbers))
        points.append(f"<trkpt lat={quoteattr(lat)} lon={quoteattr(lon)}><ele>{escape(ele)}</ele>"
                      f"<time>{escape(when)}</time><extensions><hr>{escape(hr)}</hr></extensions></trkpt>")
    points = "".join(points)
    kind = escape(draw(st.one_of(st.just("running"), xml_text)))
    return (f'<?xml version="1.0"?><gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><name>{escape(draw(xml_text))}'
            f"</name><type>{kind}</type><trkseg>{points}</trkseg></trk></gpx>")


@st.composite
def tcx_activities(draw: st.DrawFn) -> str:
    points = ""
    for _ in range(draw(st.integers(0, 4))):
        when, lat, lon, bpm = draw(xml_times), draw(numbers), draw(numbers), draw(numbers)
        points += (f"<Trackpoint><Time>{escape(when)}</Time><Position><LatitudeDegrees>{escape(lat)}</LatitudeDegrees>"
                   f"<LongitudeDegrees>{escape(lon)}</LongitudeDegrees></Position>"
                   f"<HeartRateBpm><Value>{escape(bpm)}</Value></HeartRateBpm></Trackpoint>")
    laps = ""
    for _ in range(draw(st.integers(0, 2))):
        started, seconds, meters = draw(xml_times), draw(numbers), draw(numbers)
        laps += (f"<Lap StartTime={quoteattr(started)}><TotalTimeSeconds>{escape(seconds)}</TotalTimeSeconds>"
                 f"<DistanceMeters>{escape(meters)}</DistanceMeters><Track>{points}</Track></Lap>")
    return ('<?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
            f"<Activities><Activity Sport={quoteattr(draw(st.one_of(st.just('Biking'), xml_text)))}><Id>"
            f"{escape(draw(xml_text))}</Id>{laps}</Activity></Activities></TrainingCenterDatabase>")


HEALTH_PARSERS: dict[str, Callable[[Path], Iterable[Observation]]] = {
    "export.xml": parse_apple_health, "track.gpx": parse_gpx, "ride.tcx": parse_tcx,
}


def _parse_health(directory: Path, name: str, content: str) -> None:
    path = directory / name
    path.write_text(content, encoding="utf-8")
    try:
        observations = list(HEALTH_PARSERS[name](path))
    except HealthFileError as exc:
        assert name in str(exc)
        return
    for observation in observations:
        assert isinstance(observation, Observation)
        _usable(observation)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("parser-fuzz")


@FUZZ
@given(st.one_of(apple_exports().map(lambda x: ("export.xml", x)), gpx_tracks().map(lambda x: ("track.gpx", x)),
                 tcx_activities().map(lambda x: ("ride.tcx", x))))
def test_health_files_give_observations_or_health_file_error(fuzz_dir: Path, named: tuple[str, str]) -> None:
    _parse_health(fuzz_dir, *named)


ROOTS = {"export.xml": "HealthData", "track.gpx": "gpx", "ride.tcx": "TrainingCenterDatabase"}
ENTITY_ATTACKS = {
    "billion laughs": '<!DOCTYPE {root} [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><{root}><x>&c;</x></{root}>',
    "quadratic blowup": '<!DOCTYPE {root} [<!ENTITY a "' + "x" * 5000 + '">]><{root}><x>' + "&a;" * 200 + "</x></{root}>",
    "external entity": '<!DOCTYPE {root} [<!ENTITY e SYSTEM "file:///etc/passwd">]><{root}><x>&e;</x></{root}>',
    "remote entity": '<!DOCTYPE {root} [<!ENTITY e SYSTEM "http://127.0.0.1:9/x">]><{root}><x>&e;</x></{root}>',
    "parameter entity": '<!DOCTYPE {root} [<!ENTITY % p SYSTEM "http://127.0.0.1:9/e.dtd"> %p;]><{root}/>',
}
OTHER_ATTACKS = {
    "external dtd": '<!DOCTYPE {root} SYSTEM "file:///etc/passwd"><{root}><x>y</x></{root}>',
    "xinclude": '<{root} xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file:///etc/passwd" '
                'parse="text"/></{root}>',
    "lying encoding": '<?xml version="1.0" encoding="UTF-7"?><{root}>+ADw-x+AD4-</{root}>',
}


@pytest.mark.parametrize("name", sorted(HEALTH_PARSERS))
@pytest.mark.parametrize("attack", sorted(ENTITY_ATTACKS))
def test_entity_attacks_are_refused_by_every_xml_parser(tmp_path: Path, name: str, attack: str) -> None:
    path = tmp_path / name
    path.write_text('<?xml version="1.0"?>' + ENTITY_ATTACKS[attack].replace("{root}", ROOTS[name]), encoding="utf-8")
    with pytest.raises(UnsafeXMLError, match=name):
        list(HEALTH_PARSERS[name](path))


@pytest.mark.parametrize("name", sorted(HEALTH_PARSERS))
@pytest.mark.parametrize("attack", sorted(OTHER_ATTACKS))
def test_external_references_are_never_followed(tmp_path: Path, name: str, attack: str) -> None:
    path = tmp_path / name
    path.write_text(OTHER_ATTACKS[attack].replace("{root}", ROOTS[name]), encoding="utf-8")
    try:
        observations = list(HEALTH_PARSERS[name](path))
    except HealthFileError:
        return
    assert "root:" not in repr(observations)


# --- webhook bodies --------------------------------------------------------------------------------

webhook_records = st.one_of(
    observation_records(),
    plausible_records(),
    observation_records().map(lambda r: {k: v for k, v in r.items() if k not in ("id", "sensor")}),  # defaults apply
    json_values,
)


@FUZZ
@given(st.lists(webhook_records, max_size=5))
def test_webhook_batches_are_accepted_or_rejected_never_raised(fuzz_dir: Path, records: list[Any]) -> None:
    spool = fuzz_dir / "webhook-spool.jsonl"
    spool.unlink(missing_ok=True)
    inbox = WebhookInbox(spool)
    answer = inbox.accept(records)
    json.dumps(answer, ensure_ascii=True)  # the answer can always be sent
    assert answer["accepted"] + len(answer["rejected"]) == len(records)
    drained = inbox.drain()
    assert [o.id for o in drained] == answer["ids"]
    for observation in drained:
        _usable(observation)
    left = spool.read_text(encoding="utf-8") if spool.exists() else ""
    assert list(read_jsonl(left.splitlines())) == []  # drained means empty
