// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>

// What a session read and what went wrong with it, input by input. Values only: the
// sources layer fills them, the session, the reports and the app show them.
namespace oom {

// A problem with one input. The message names the problem; displayPath names the input
// (for an archive member: "bundle.tar.xz!/var/log/messages").
struct InputError {
    // Error: the input, or part of it, could not be read (missing, permission denied, not a
    // log, truncated, a bomb limit hit); the CLI exits 2. Warning: everything readable was
    // read and something is worth saying (an empty file, an archive member refused as
    // unsafe, a file found in a folder that turned out not to be a log).
    enum class Severity { Error, Warning };

    QString displayPath;
    QString message;
    Severity severity = Severity::Error;
};

// What was read, for the report's "inputs" list and for progress.
struct InputSummary {
    QString displayPath;
    // "text", "gzip", "tar/xz member", "zip member, gzip", "journal", "journal-export",
    // "supportconfig", ...: the layers from the outside in, then what the log itself is.
    QString format;
    QString encoding; // "UTF-8", or the legacy encoding it was converted from ("Shift_JIS")
    qint64 bytes = 0;
    qint64 lines = 0;
    int events = 0;
};

} // namespace oom
