"""Strict check of iCalendar files with libical (the C library behind Evolution and others).

For each file: parse it with libical, then run libical's iTIP restriction check
(icalrestriction_check), which applies RFC 5546's tables for the calendar's METHOD
(for PUBLISH: one ORGANIZER, DTSTAMP, DTSTART, SUMMARY and UID per VEVENT, at most one
SEQUENCE...). Prints one line per problem, "<file>: <component>: <message>", and exits 1 if
any; exits 3 when libical's GObject bindings (Debian: python3-gi, gir1.2-ical-3.0) are missing.

    python3 libical-check.py FILE.ics...
"""
import sys

try:
    import gi
    gi.require_version('ICalGLib', '3.0')
    from gi.repository import ICalGLib as I
except (ImportError, ValueError) as error:
    print(f'libical is not available: {error}', file=sys.stderr)
    sys.exit(3)


def problems(component, out):
    prop = component.get_first_property(I.PropertyKind.XLICERROR_PROPERTY)
    while prop is not None:
        out.append(f'{I.Component.kind_to_string(component.isa())}: {prop.get_xlicerror()}')
        prop = component.get_next_property(I.PropertyKind.XLICERROR_PROPERTY)
    child = component.get_first_component(I.ComponentKind.ANY_COMPONENT)
    while child is not None:
        problems(child, out)
        child = component.get_next_component(I.ComponentKind.ANY_COMPONENT)


failed = False
for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        component = I.Component.new_from_string(f.read())
    found = []
    if component is None:
        found.append('not parsed')
    else:
        if not I.restriction_check(component):
            found.append('restriction check failed')
        problems(component, found)
    for p in dict.fromkeys(found):
        print(f'{path}: {p}')
    failed = failed or bool(found)
sys.exit(1 if failed else 0)
