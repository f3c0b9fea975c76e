// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/cause.h"
#include "core/model/oomevent.h"
#include "core/report/reportinputs.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace oom {

// The sentences and numbers the text and Markdown reports share, so both say the same
// thing in the same words. Every user-visible string goes through tr() (context
// "ReportFormat") for the translations.
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    // Binary units with one decimal: "512 KiB", "63.5 MiB", "1.2 GiB".
    static QString size(KiB size);
    static QString size(const std::optional<KiB> &size); // "unknown" when empty
    static QString size(qint64 kb); // a kB figure of the analysis
    static QString size(const std::optional<qint64> &kb);
    static QString sizeFromBytes(const std::optional<Bytes> &bytes);
    static QString sizeFromBytes(const std::optional<qint64> &bytes); // a file size
    // Pages as a size when the page size is known, else "N pages".
    static QString pages(const std::optional<Pages> &pages, const std::optional<KiB> &pageSize);
    static QString number(const std::optional<qint64> &value); // "unknown" when empty
    static QString unknown();

    // "line 12", "lines 12–40", empty for no line.
    static QString lineRange(const LineSpan &span);

    // "Memory cgroup OOM", "System-wide OOM", "systemd-oomd kill", ...
    static QString title(const OomEvent &event);
    // The one sentence an admin reads first: what happened, to whom, and the limit hit.
    static QString whatHappened(const OomEvent &event);
    static QString trigger(const OomEvent &event);
    static QString victim(const Victim &victim);
    static QString victimName(const Victim &victim);
    static QString memcgCounter(const MemcgCounter &counter);
    static QString swap(const SwapState &swap);
    static QString unitResult(const UnitResult &unit);
    // A burst of slab allocation failures attached to an OOM report, as one sentence.
    static QString slabBurst(const SlabFailureBurst &burst);
    // "critical", "warning", "info" (the JSON ids) in the reader's language
    static QString severity(Severity severity);
    static QString cause(const Cause &cause); // "[critical] memcg-limit: ... (evidence ...)"
    static QString input(const ReportInput &input);
    static QString when(const OomEvent &event); // time, uptime, host, kernel; may be empty
    static QString note(const QString &note); // a parser note code as a sentence

    // The part of the log each piece of the report came from, in report order.
    static QList<std::pair<QString, LineSpan>> evidence(const OomEvent &event);
    // Up to `limit` task rows with the largest rss, largest first.
    static QList<TaskRow> largestTasks(const OomEvent &event, int limit);
    // Zones whose free memory is below their min watermark.
    static QList<ZoneState> zonesBelowMin(const OomEvent &event);
    static QString zoneName(const ZoneState &zone); // "Node 0 Normal"
    static QString zoneWatermarks(const ZoneState &zone);

    static bool isMemcgOom(const OomEvent &event);
};

} // namespace oom
