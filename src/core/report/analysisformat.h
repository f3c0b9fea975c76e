// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/eventanalysis.h"
#include "core/model/oomevent.h"
#include "core/session/sessionsummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace oom {

// The words and tables of the analysis sections, shared by the text and Markdown reports
// so both say the same thing: the kernel's ranking, the zones against their watermarks,
// fragmentation, where the memory went, a what-if, and the session across incidents.
// Cells are plain text; the Markdown report escapes them. Every visible string goes
// through tr() (context "AnalysisFormat").
class AnalysisFormat
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisFormat)

public:
    struct Table {
        QStringList header;
        QList<QStringList> rows;
    };

    static constexpr int RankingLimit = 5;

    // "Kernel's victim ranking (formula of 5.9+, confidence high)".
    static QString rankingHeading(const RankingResult &ranking);
    // "totalpages 4194304 (…formula…)" or why it is unknown.
    static QString totalpages(const RankingResult &ranking);
    // The ranked tasks, best first, at most `limit` rows: rank, pid, points, share, adj, name.
    static Table rankingTable(const RankingResult &ranking, int limit = RankingLimit);
    // "12 tasks, 3 of them not eligible" (empty without tasks).
    static QString rankingCounts(const RankingResult &ranking);
    // Predicted against killed, in one sentence; the reasons follow as separate sentences.
    static QString prediction(const RankingResult &ranking);
    static QStringList predictionReasons(const RankingResult &ranking);

    static QString whatIfHeading(const EventAnalysis &analysis);
    static QString whatIfVerdict(const EventAnalysis &analysis);

    // "Watermark check for the order-3 allocation (zones up to Normal)".
    static QString watermarkHeading(const watermark::Result &result);
    // "No zone could serve it: Node 0 Normal was short by 12.0 MiB." or who passed.
    static QString watermarkVerdict(const OomEvent &event, const watermark::Result &result);
    static Table watermarkTable(const OomEvent &event, const watermark::Result &result);

    // Only zones with an order > 0 request: the indices say nothing at order 0.
    static bool showFragmentation(const QList<ZoneFragmentation> &zones);
    static QString fragmentationHeading(const QList<ZoneFragmentation> &zones);
    static QString fragmentationLegend();
    static Table fragmentationTable(const QList<ZoneFragmentation> &zones, const OomEvent &event);

    // "Where the memory went (RAM 16.0 GiB)" / "(memory cgroup, usage 64.0 MiB)".
    static QString breakdownHeading(const breakdown::Breakdown &b);
    // Parts with size and share, then the sum (which equals the total by construction).
    static Table breakdownTable(const breakdown::Breakdown &b);
    static QString breakdownSwap(const breakdown::Breakdown &b); // empty when unknown
    static QString partName(const QString &id);

    // The session across incidents: label → value, in the order shown.
    static QList<std::pair<QString, QString>> summaryItems(const SessionSummary &summary);
    static QString summaryHeading(const SessionSummary &summary);

    // "45 s", "3 min 20 s", "2 h 5 min", "3 d 4 h".
    static QString duration(double seconds);
    static QString process(const std::optional<qint64> &pid, const QString &comm);
};

} // namespace oom
