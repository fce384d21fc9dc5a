#!/usr/bin/python3
"""An independent CalDAV client for the publishing tests (Debian's python3-caldav).

  caldav-peek.py list   URL USER PASSWORD CALENDAR_URL
      prints the calendar's events as JSON: [{"uid", "summary", "description",
      "location", "href"}], sorted by uid
  caldav-peek.py edit   URL USER PASSWORD CALENDAR_URL UID SUMMARY
      changes one event's SUMMARY, as another calendar application would
  caldav-peek.py delete URL USER PASSWORD CALENDAR_URL UID
  caldav-peek.py calendars URL USER PASSWORD
      prints the account's calendars as JSON: [{"name", "url"}]
"""
import json
import sys

import caldav


def events(calendar):
    found = []
    for event in calendar.events():
        component = event.icalendar_instance.walk("VEVENT")[0]
        found.append((event, component))
    return found


def main(argv):
    command, url, user, password = argv[1:5]
    client = caldav.DAVClient(url=url, username=user, password=password)
    if command == "calendars":
        principal = client.principal()
        print(json.dumps([{"name": c.name, "url": str(c.url)} for c in principal.calendars()]))
        return 0
    calendar = caldav.Calendar(client=client, url=argv[5])
    if command == "list":
        rows = []
        for event, component in events(calendar):
            rows.append({
                "uid": str(component.get("UID")),
                "summary": str(component.get("SUMMARY", "")),
                "description": str(component.get("DESCRIPTION", "")),
                "location": str(component.get("LOCATION", "")),
                "href": str(event.url),
            })
        print(json.dumps(sorted(rows, key=lambda r: r["uid"]), ensure_ascii=False))
        return 0
    uid = argv[6]
    for event, component in events(calendar):
        if str(component.get("UID")) != uid:
            continue
        if command == "edit":
            component["SUMMARY"] = argv[7]
            event.save()
        elif command == "delete":
            event.delete()
        return 0
    print("no event with the UID " + uid, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
