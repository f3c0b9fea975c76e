#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
"""What the validators do not check: the desktop file, the metainfo and the icons agree with
the project (app id, version, languages) and are translated into every UI language.

    check-metadata.py PACKAGING_DIR APP_ID VERSION LANG...
"""
import configparser
import sys
import xml.etree.ElementTree as ET

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def check_desktop(path, app_id, languages):
    errors = []
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    with open(path, encoding="utf-8") as f:
        parser.read_string(f.read())
    entry = parser["Desktop Entry"]
    if entry.get("Icon") != app_id:
        errors.append(f"Icon= is {entry.get('Icon')}, expected {app_id}")
    categories = set(filter(None, entry.get("Categories", "").split(";")))
    for needed in ("System", "Monitor", "Qt"):
        if needed not in categories:
            errors.append(f"Categories lacks {needed}")
    if not entry.get("MimeType"):
        errors.append("no MimeType= for the inputs the app opens")
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        for lang in languages:
            value = entry.get(f"{key}[{lang}]")
            if not value:
                errors.append(f"{key}[{lang}] is missing")
            elif key in ("GenericName", "Comment") and value == entry.get(key):
                errors.append(f"{key}[{lang}] is the English text")
    return errors


def translated(parent, tag, languages, where):
    """Each untranslated <tag> under parent is followed by one per language."""
    errors = []
    elements = list(parent.findall(tag))
    english = [e for e in elements if XML_LANG not in e.attrib]
    for lang in languages:
        mine = [e for e in elements if e.attrib.get(XML_LANG) == lang]
        if len(mine) != len(english):
            errors.append(f"{where}: {len(english)} <{tag}> in English, {len(mine)} in {lang}")
    return errors


def check_metainfo(path, app_id, version, languages):
    errors = []
    root = ET.parse(path).getroot()
    if root.findtext("id") != app_id:
        errors.append(f"<id> is {root.findtext('id')}, expected {app_id}")
    launchable = root.find("launchable[@type='desktop-id']")
    if launchable is None or launchable.text != app_id + ".desktop":
        errors.append("<launchable type='desktop-id'> does not name the desktop file")
    for tag in ("name", "summary"):
        errors += translated(root, tag, languages, "component")
    description = root.find("description")
    errors += translated(description, "p", languages, "description")
    for ul in description.findall("ul"):
        errors += translated(ul, "li", languages, "description list")
    for shot in root.findall("screenshots/screenshot"):
        errors += translated(shot, "caption", languages, "screenshot")
    releases = root.findall("releases/release")
    if not releases:
        errors.append("no <release>")
    elif releases[0].get("version") != version:
        errors.append(f"newest <release> is {releases[0].get('version')}, the project is {version}")
    if root.find("content_rating[@type='oars-1.1']") is None:
        errors.append("no OARS 1.1 content rating")
    schemes = {c.get("scheme_preference") for c in root.findall("branding/color")}
    if not {"light", "dark"} <= schemes:
        errors.append("branding needs a light and a dark colour")
    if root.find("developer") is None:
        errors.append("no <developer>")
    return errors


def check_icon(path, size):
    root = ET.parse(path).getroot()
    errors = []
    if root.tag != "{http://www.w3.org/2000/svg}svg":
        errors.append(f"{path}: not an SVG")
    if root.get("viewBox") != f"0 0 {size} {size}":
        errors.append(f"{path}: viewBox is {root.get('viewBox')}, expected 0 0 {size} {size}")
    return errors


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 64
    folder, app_id, version, languages = argv[1], argv[2], argv[3], argv[4:]
    errors = []
    for name, errs in (
        (f"{app_id}.desktop", check_desktop(f"{folder}/{app_id}.desktop", app_id, languages)),
        (f"{app_id}.metainfo.xml",
         check_metainfo(f"{folder}/{app_id}.metainfo.xml", app_id, version, languages)),
        ("icons", check_icon(f"{folder}/icons/{app_id}.svg", 128)
         + check_icon(f"{folder}/icons/{app_id}-symbolic.svg", 16)),
    ):
        errors += [f"{name}: {e}" for e in errs]
    for e in errors:
        print(e, file=sys.stderr)
    if not errors:
        print(f"desktop file, metainfo and icons agree with {app_id} {version} in {' '.join(languages)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
