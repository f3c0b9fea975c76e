// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArrayView>

namespace oom::framing {

// Lines that are not log messages but marks a tool or a person left in a paste. Only lines
// without a log prefix of their own are asked about: "kernel: ..." is the kernel's own
// ellipsis (LoongArch show_stack prints one), not an elision.

enum class PasteMark {
    None,
    // journalctl's "-- Logs begin at … --", "-- Boot 8f2… --", "-- No entries --",
    // "-- Reboot --" and the "-- Subject: …" catalog lines of journalctl -x.
    JournalMarker,
    // A lone "--": grep -A/-B/-C put it where it skipped lines, so it is a gap.
    GrepSeparator,
    // "[!NOTE]- syslog" heading a quoted Obsidian/GitHub callout.
    CalloutHeading,
};

// `text` is the line without quote marks and without surrounding blanks.
PasteMark classifyPasteMark(QByteArrayView text, bool quoted);

// An elision: "...", "......", "[…]", "[...]", "(...)", "<snip>", "-- snip --",
// "....[truncated for brevity]" (LKML 2006), "[=E2=80=A6]" once quoted-printable is decoded.
// `text` is the line without quote marks and without surrounding blanks.
bool isElision(QByteArrayView text);

// The dictionary lines /dev/kmsg prints after a record: " SUBSYSTEM=pci",
// " DEVICE=+pci:0000:00:1f.3" (one blank, an upper-case key, '=').
bool isKmsgDictionaryLine(QByteArrayView line);

} // namespace oom::framing
