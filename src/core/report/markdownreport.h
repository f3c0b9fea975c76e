// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/report/reportinputs.h"
#include "core/session/session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace oom {

// The Markdown export (`oomlens-cli analyze --format markdown`, and for pasting into a
// ticket): with two or more events first what recurs across them; a heading per event, its
// causes first, then tables for victims, memory cgroup counters, the largest tasks and the
// zones, then the analysis (ranking, watermarks, fragmentation, where the memory went).
// Text from the log is escaped, so a comm such as "a|b" or "*x*" cannot break a table or
// the emphasis.
class MarkdownReport
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)

public:
    static QString render(const Session &session, const ReportContext &context);
    static QString renderIncident(const Incident &incident, int index); // index is 1-based
    // Escapes Markdown syntax characters and turns line breaks into spaces.
    static QString escape(const QString &text);
};

QByteArray reportToMarkdown(const Session &session, const ReportContext &context);

} // namespace oom
