// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/eventanalysis.h"
#include "core/model/oomevent.h"
#include "core/report/reportinputs.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace oom {

// The Markdown export (`oomlens-cli analyze --format markdown`, and for pasting into a
// ticket): with two or more events first what recurs across them; a heading per event, its
// causes first, then tables for victims, memory cgroup counters, the largest tasks and the
// zones, then the analysis (ranking, watermarks, fragmentation, where the memory went). Text from the log is escaped, so a comm
// such as "a|b" or "*x*" cannot break a table or the emphasis.
class MarkdownReport
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)

public:
    // Without analyses the events are analysed here (analyzeEvents()).
    static QString render(const QList<OomEvent> &events, const ReportContext &context);
    static QString render(const QList<OomEvent> &events, const QList<EventAnalysis> &analyses,
                          const ReportContext &context);
    static QString renderEvent(const OomEvent &event, int index);
    static QString renderEvent(const OomEvent &event, const EventAnalysis &analysis, int index);
    // Escapes Markdown syntax characters and turns line breaks into spaces.
    static QString escape(const QString &text);
};

QByteArray reportToMarkdown(const QList<OomEvent> &events, const ReportContext &context);
QByteArray reportToMarkdown(const QList<OomEvent> &events, const QList<EventAnalysis> &analyses,
                            const ReportContext &context);

} // namespace oom
