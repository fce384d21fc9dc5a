#!/usr/bin/env python3
"""Writes the inputs of bench_memory: large programmes that are never committed.

  memory-inputs.py calendar --events N -o FILE.ics
      an iCalendar of N events (about 630 bytes each: 60,000 make 38 MB), with
      VTIMEZONE-free TZIDs, attendees, categories and a description each
  memory-inputs.py terse --events N -o FILE.ics
      an iCalendar of N events of about 110 bytes each (UID, DTSTART, DTEND,
      SUMMARY only), the shape of the 1.9-million-event calendar of 212 MB
  memory-inputs.py huge --format ics|xml|json|json2 --megabytes M -o FILE
      a programme of three sessions, one with a description of M MB

The same arguments always give the same bytes.
"""
import argparse
import json

WORDS = ["quantum", "kernel", "compiler", "distributed", "storage", "network", "graphics",
         "inference", "scheduler", "memory", "security", "database", "streaming", "robotics"]


def words(seed, count):
    return " ".join(WORDS[(seed * 7 + i * 13) % len(WORDS)] for i in range(count))


def fold(line):
    """Folds a content line at 75 octets, as RFC 5545 asks."""
    data = line.encode()
    out = []
    while len(data) > 75:
        cut = 75 if not out else 74
        while cut > 0 and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(data[:cut])
        data = data[cut:]
    out.append(data)
    return b"\r\n ".join(out) + b"\r\n"


def calendar(events, out):
    out.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//Memory//EN\r\n"
              b"X-WR-CALNAME:Memory Bench Conference\r\nX-WR-TIMEZONE:Europe/Brussels\r\n")
    for i in range(events):
        day = 1 + (i // 2000) % 28
        hour = 8 + (i % 10)
        out.write(b"BEGIN:VEVENT\r\n")
        for line in (
            "UID:event-%d@bench.example" % i,
            "DTSTAMP:20250101T000000Z",
            "DTSTART;TZID=Europe/Brussels:202503%02dT%02d0000" % (day, hour),
            "DTEND;TZID=Europe/Brussels:202503%02dT%02d4500" % (day, hour),
            "SUMMARY:%s %d" % (words(i, 5).title(), i),
            "LOCATION:Room %d" % (i % 40),
            "CATEGORIES:%s" % WORDS[i % len(WORDS)].title(),
            "ATTENDEE;CN=Speaker %d;ROLE=REQ-PARTICIPANT:mailto:s%d@bench.example" % (i % 900, i % 900),
            "URL:https://bench.example/events/%d" % i,
            "DESCRIPTION:" + words(i, 20).capitalize() + ".\\n" + words(i + 1, 6) + ".",
        ):
            out.write(fold(line))
        out.write(b"END:VEVENT\r\n")
    out.write(b"END:VCALENDAR\r\n")


def terse(events, out):
    out.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//Memory//EN\r\n"
              b"X-WR-CALNAME:Terse Bench Conference\r\n")
    for i in range(events):
        day = 1 + (i // 20000) % 28
        hour = 8 + (i // 2000) % 10
        out.write(b"BEGIN:VEVENT\r\nUID:%d@t.example\r\nDTSTART:202503%02dT%02d0000Z\r\n"
                  b"DTEND:202503%02dT%02d4500Z\r\nSUMMARY:Talk %d\r\nEND:VEVENT\r\n"
                  % (i, day, hour, day, hour, i))
    out.write(b"END:VCALENDAR\r\n")


def huge_text(megabytes):
    chunk = (words(3, 60) + ". ").encode()
    text = chunk * (megabytes * 1024 * 1024 // len(chunk) + 1)
    return text[: megabytes * 1024 * 1024].decode()


def huge(fmt, megabytes, out):
    text = huge_text(megabytes)
    titles = ["Opening", "The long one", "Closing"]
    descriptions = ["Welcome.", text, "Goodbye."]
    if fmt == "ics":
        out.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//Memory//EN\r\n"
                  b"X-WR-CALNAME:Huge Field Days\r\nX-WR-TIMEZONE:Europe/Brussels\r\n")
        for i, (title, description) in enumerate(zip(titles, descriptions)):
            out.write(b"BEGIN:VEVENT\r\nUID:huge-%d@bench.example\r\n" % i)
            out.write(b"DTSTART;TZID=Europe/Brussels:20250301T%02d0000\r\n" % (9 + i))
            out.write(fold("SUMMARY:" + title))
            # Unfolded: the worst case for a reader that copies a line whole.
            out.write(("DESCRIPTION:" + description + "\r\n").encode())
            out.write(b"END:VEVENT\r\n")
        out.write(b"END:VCALENDAR\r\n")
    elif fmt == "xml":
        out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<schedule><conference>'
                  b"<title>Huge Field Days</title><time_zone_name>Europe/Brussels</time_zone_name>"
                  b'</conference><day index="1" date="2025-03-01"><room name="Main">')
        for i, (title, description) in enumerate(zip(titles, descriptions)):
            out.write(('<event id="%d" guid="huge-%d"><start>%02d:00</start><duration>0:45'
                       "</duration><room>Main</room><title>%s</title><description>"
                       % (i, i, 9 + i, title)).encode())
            out.write(description.encode())
            out.write(b"</description></event>")
        out.write(b"</room></day></schedule>\n")
    elif fmt == "json":
        events = [{"id": i, "guid": "huge-%d" % i, "date": "2025-03-01T%02d:00:00+01:00" % (9 + i),
                   "start": "%02d:00" % (9 + i), "duration": "00:45", "room": "Main",
                   "title": title, "description": description, "track": "Main",
                   "type": "talk", "persons": [], "links": []}
                  for i, (title, description) in enumerate(zip(titles, descriptions))]
        document = {"schedule": {"version": "1", "conference": {
            "acronym": "huge", "title": "Huge Field Days", "start": "2025-03-01",
            "end": "2025-03-01", "daysCount": 1, "time_zone_name": "Europe/Brussels",
            "days": [{"index": 1, "date": "2025-03-01", "rooms": {"Main": events}}]}}}
        out.write(json.dumps(document).encode())
    elif fmt == "json2":
        events = [{"guid": "huge-%d" % i, "code": "H%d" % i, "title": title,
                   "abstract": {"en": description},
                   "start": "2025-03-01T%02d:00:00+01:00" % (9 + i),
                   "end": "2025-03-01T%02d:45:00+01:00" % (9 + i), "room": {"guid": "main"},
                   "type": "TALK", "language": "en", "participants": [], "links": []}
                  for i, (title, description) in enumerate(zip(titles, descriptions))]
        document = {"$schema": "https://c3voc.de/schema/schedule2#", "schedule": {
            "version": "1", "conference": {
                "acronym": "huge", "title": "Huge Field Days", "start": "2025-03-01T09:00:00+01:00",
                "end": "2025-03-01T18:00:00+01:00", "time_zone_name": "Europe/Brussels",
                "rooms": [{"guid": "main", "name": "Main"}]},
            "events": events}}
        out.write(json.dumps(document).encode())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["calendar", "terse", "huge"])
    parser.add_argument("--events", type=int, default=60000)
    parser.add_argument("--format", default="ics", choices=["ics", "xml", "json", "json2"])
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    with open(args.output, "wb") as out:
        if args.kind == "calendar":
            calendar(args.events, out)
        elif args.kind == "terse":
            terse(args.events, out)
        else:
            huge(args.format, args.megabytes, out)


if __name__ == "__main__":
    main()
