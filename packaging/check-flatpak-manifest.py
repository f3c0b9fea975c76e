#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
"""Static check of the Flatpak manifest (the runtime cannot be downloaded on CI).

    check-flatpak-manifest.py MANIFEST APP_ID      check the manifest
    check-flatpak-manifest.py --self-test MANIFEST APP_ID
                                                   also prove that each rule catches a
                                                   broken copy of the manifest

Rules: the manifest is a YAML (or JSON) mapping with the keys flatpak-builder needs and the
right types; id, runtime and SDK are the project's; every finish-arg is in ALLOWED (what the
app needs, with the reason) and is preceded by a comment line in the file; every module's
sources are local paths that exist or downloads pinned by sha256 (archives, files) or by
commit (git).
"""
import copy
import json
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover - reported to ctest as a skip
    print("SKIP: python3-yaml is not installed (apt-get install python3-yaml)")
    sys.exit(77)

RUNTIME = "org.kde.Platform"
SDK = "org.kde.Sdk"
RUNTIME_VERSION = "6.10"

# Every permission the app may ask for, and why. Anything else is an error.
ALLOWED = {
    "--socket=wayland": "the window",
    "--socket=fallback-x11": "the window where there is no Wayland",
    "--share=ipc": "X11 shared memory for the X11 fallback",
    "--device=dri": "GPU rendering of Qt Quick",
    "--filesystem=/var/log/journal:ro": "the host's journal: OOM reports of past boots",
    "--talk-name=org.freedesktop.Flatpak": "HostCommand starts the host gatherer",
    "--system-talk-name=io.github.oomlens.Helper1": "the host's privileged helper",
}
BUILDSYSTEMS = {"cmake", "cmake-ninja", "meson", "autotools", "simple", "qmake"}
TOP_KEYS = {"id": str, "runtime": str, "runtime-version": str, "sdk": str, "command": str,
            "finish-args": list, "modules": list}
OPTIONAL_TOP_KEYS = {"cleanup": list, "build-options": dict, "sdk-extensions": list,
                     "rename-desktop-file": str, "rename-icon": str, "tags": list}


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    data = json.loads(text) if path.endswith(".json") else yaml.safe_load(text)
    return text, data


def comment_before_each_arg(text, args):
    """Each finish-arg's line in the file must follow a comment line, or end with one: the
    reason is written where the permission is asked, one reason per permission."""
    errors = []
    lines = text.splitlines()
    for arg in args:
        pattern = re.compile(r"^\s*-\s*['\"]?" + re.escape(arg) + r"['\"]?\s*(#.*)?$")
        index = next((i for i, line in enumerate(lines) if pattern.match(line)), None)
        if index is None:
            errors.append(f"finish-arg {arg}: not found on a line of its own")
            continue
        if lines[index].split(arg, 1)[1].strip().startswith(("#", "'#", '"#')):
            continue
        j = index - 1
        if j < 0 or not lines[j].strip().startswith("#"):
            errors.append(f"finish-arg {arg}: no comment says why it is needed")
    return errors


def check_sources(module, base_dir, where):
    errors = []
    sources = module.get("sources")
    if not isinstance(sources, list) or not sources:
        return [f"{where}: no sources"]
    for k, source in enumerate(sources):
        at = f"{where}.sources[{k}]"
        if isinstance(source, str):  # an included JSON file of sources
            if not os.path.exists(os.path.join(base_dir, source)):
                errors.append(f"{at}: {source} does not exist")
            continue
        if not isinstance(source, dict) or "type" not in source:
            errors.append(f"{at}: not a mapping with a type")
            continue
        kind = source["type"]
        if "path" in source:
            if not os.path.exists(os.path.join(base_dir, source["path"])):
                errors.append(f"{at}: local path {source['path']} does not exist")
            continue
        if kind in ("archive", "file"):
            if "url" not in source:
                errors.append(f"{at}: {kind} without url or path")
            elif not re.fullmatch(r"[0-9a-f]{64}", str(source.get("sha256", ""))):
                errors.append(f"{at}: {source['url']} is not pinned by sha256")
        elif kind == "git":
            if not re.fullmatch(r"[0-9a-f]{40}", str(source.get("commit", ""))):
                errors.append(f"{at}: git source not pinned by commit")
        elif kind in ("shell", "patch", "script"):
            if kind == "patch" and "path" not in source:
                errors.append(f"{at}: patch without a local path")
        else:
            errors.append(f"{at}: source type {kind} is neither local nor pinned")
    return errors


def check_modules(modules, base_dir, where="modules"):
    errors = []
    for i, module in enumerate(modules):
        at = f"{where}[{i}]"
        if isinstance(module, str):
            if not os.path.exists(os.path.join(base_dir, module)):
                errors.append(f"{at}: included module file {module} does not exist")
            continue
        if not isinstance(module, dict):
            errors.append(f"{at}: not a mapping")
            continue
        if not isinstance(module.get("name"), str):
            errors.append(f"{at}: no name")
        at = f"{where}[{module.get('name', i)}]"
        if module.get("buildsystem", "autotools") not in BUILDSYSTEMS:
            errors.append(f"{at}: unknown buildsystem {module.get('buildsystem')}")
        for key in ("config-opts", "build-commands", "cleanup"):
            if key in module and not isinstance(module[key], list):
                errors.append(f"{at}: {key} must be a list")
        errors += check_sources(module, base_dir, at)
        if "modules" in module:
            errors += check_modules(module["modules"], base_dir, at + ".modules")
    return errors


def check(text, data, base_dir, app_id):
    if not isinstance(data, dict):
        return ["the manifest is not a mapping"]
    errors = []
    if "app-id" in data and "id" not in data:
        data = dict(data, id=data["app-id"])
    for key, kind in TOP_KEYS.items():
        if key not in data:
            errors.append(f"missing key: {key}")
        elif not isinstance(data[key], kind):
            errors.append(f"{key}: must be a {kind.__name__}")
    for key, kind in OPTIONAL_TOP_KEYS.items():
        if key in data and not isinstance(data[key], kind):
            errors.append(f"{key}: must be a {kind.__name__}")
    if errors:
        return errors
    if data["id"] != app_id:
        errors.append(f"id is {data['id']}, the project's app id is {app_id}")
    if data["runtime"] != RUNTIME or data["sdk"] != SDK:
        errors.append(f"runtime/sdk must be {RUNTIME}/{SDK}")
    if str(data["runtime-version"]) != RUNTIME_VERSION:
        errors.append(f"runtime-version is {data['runtime-version']}, expected {RUNTIME_VERSION}")
    args = data["finish-args"]
    for arg in args:
        if arg not in ALLOWED:
            errors.append(f"finish-arg {arg} is not in the allow-list (check-flatpak-manifest.py)")
    if len(set(args)) != len(args):
        errors.append("a finish-arg is listed twice")
    errors += comment_before_each_arg(text, args)
    errors += check_modules(data["modules"], base_dir)
    return errors


def self_test(text, data, base_dir, app_id):
    """Each rule must reject a manifest broken in the way it guards against."""
    def broken(mutate, text_mutate=None):
        d = copy.deepcopy(data)
        mutate(d)
        t = text_mutate(text) if text_mutate else text
        return check(t, d, base_dir, app_id)

    cases = {
        "extra permission": lambda d: d["finish-args"].append("--filesystem=host"),
        "wrong runtime version": lambda d: d.update({"runtime-version": "6.7"}),
        "wrong id": lambda d: d.update({"id": "org.example.Other"}),
        "missing command": lambda d: d.pop("command"),
        "unpinned archive": lambda d: d["modules"].insert(0, {
            "name": "dep", "buildsystem": "cmake",
            "sources": [{"type": "archive", "url": "https://example.org/dep.tar.xz"}]}),
        "unpinned git": lambda d: d["modules"].insert(0, {
            "name": "dep", "sources": [{"type": "git", "url": "https://example.org/dep.git",
                                        "branch": "main"}]}),
        "missing local path": lambda d: d["modules"][0]["sources"].append(
            {"type": "dir", "path": "no-such-dir"}),
        "modules not a list": lambda d: d.update({"modules": {"name": "x"}}),
    }
    failures = []
    for name, mutate in cases.items():
        if not broken(mutate):
            failures.append(f"self-test: '{name}' was not caught")
    uncommented = broken(lambda d: None,
                         lambda t: re.sub(r"(?m)^\s*#.*\n(\s*- --device=dri)", r"\1", t))
    if not any("--device=dri" in e for e in uncommented):
        failures.append("self-test: an uncommented finish-arg was not caught")
    return failures


def main(argv):
    args = argv[1:]
    selftest = bool(args) and args[0] == "--self-test"
    if selftest:
        args = args[1:]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 64
    path, app_id = args
    try:
        text, data = load(path)
    except (OSError, yaml.YAMLError, json.JSONDecodeError) as e:
        print(f"{path}: cannot read the manifest: {e}", file=sys.stderr)
        return 1
    base_dir = os.path.dirname(os.path.abspath(path))
    errors = check(text, data, base_dir, app_id)
    if selftest and not errors:
        errors = self_test(text, data, base_dir, app_id)
    for e in errors:
        print(f"{path}: {e}", file=sys.stderr)
    if not errors:
        print(f"{path}: OK ({len(data['finish-args'])} finish-args, all allowed and commented)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
