// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/inputs.h"

#include <QList>
#include <QString>

#include <optional>

namespace oom {

// The report's view of what was read (InputSummary as the report prints it: a size or a
// line count may be unknown).
struct ReportInput {
    QString path; // display path ("bundle.tar.xz!/var/log/messages", "<stdin>")
    QString format; // "text", "gzip", "journal", ... as the source reader named it
    QString encoding; // "UTF-8", or the legacy encoding the text was converted from
    std::optional<qint64> bytes;
    std::optional<qint64> lines;
    int events = 0;
};

// An input that could not be read (or only partly): the input and the problem. A warning
// says something worth knowing about an input that was read (an empty file, an archive
// member refused as unsafe); it does not make the CLI fail.
struct ReportError {
    QString path;
    QString message;
    bool warning = false;
};

// Who wrote the report and from what; the document's header.
struct ReportContext {
    QString generator; // "oomlens-cli 0.1.0"
    QList<ReportInput> inputs;
    QList<ReportError> errors;
};

// The context of a session's report: its inputs and errors as the report shows them.
ReportContext reportContext(const QList<InputSummary> &inputs, const QList<InputError> &errors,
                            const QString &generator);

} // namespace oom
