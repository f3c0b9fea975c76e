// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/report/analysisformat.h"
#include "core/report/analysissections.h"
#include "core/report/texttable.h"

using namespace Qt::StringLiterals;

namespace oom::sections {

namespace {

const QString Indent = u"  "_s;
const QString Indent2 = u"    "_s;

QList<QStringList> withHeader(const AnalysisFormat::Table &table)
{
    QList<QStringList> rows{table.header};
    rows.append(table.rows);
    return rows;
}

void appendRanking(QStringList &out, const RankingResult &ranking)
{
    out.append(Indent + AnalysisFormat::rankingHeading(ranking) + u':');
    out.append(Indent2 + AnalysisFormat::totalpages(ranking));
    const QString counts = AnalysisFormat::rankingCounts(ranking);
    if (!counts.isEmpty())
        out.append(Indent2 + counts);
    const AnalysisFormat::Table table = AnalysisFormat::rankingTable(ranking);
    if (!table.rows.isEmpty())
        appendTextTable(out, Indent2, withHeader(table));
    out.append(Indent2 + AnalysisFormat::prediction(ranking));
    for (const QString &reason : AnalysisFormat::predictionReasons(ranking))
        out.append(Indent2 + u"- "_s + reason);
}

void appendWhatIf(QStringList &out, const EventAnalysis &analysis)
{
    out.append(Indent + AnalysisFormat::whatIfHeading(analysis) + u':');
    out.append(Indent2 + AnalysisFormat::whatIfVerdict(analysis));
    const AnalysisFormat::Table table = AnalysisFormat::rankingTable(*analysis.whatIf);
    if (!table.rows.isEmpty())
        appendTextTable(out, Indent2, withHeader(table));
}

void appendWatermarks(QStringList &out, const OomEvent &event, const watermark::Result &result)
{
    out.append(Indent + AnalysisFormat::watermarkHeading(result) + u':');
    out.append(Indent2 + AnalysisFormat::watermarkVerdict(event, result));
    appendTextTable(out, Indent2, withHeader(AnalysisFormat::watermarkTable(event, result)), true);
}

void appendFragmentation(QStringList &out, const OomEvent &event,
                         const QList<ZoneFragmentation> &zones)
{
    out.append(Indent + AnalysisFormat::fragmentationHeading(zones) + u':');
    appendTextTable(out, Indent2, withHeader(AnalysisFormat::fragmentationTable(zones, event)),
                    true, false);
    out.append(Indent2 + AnalysisFormat::fragmentationLegend());
}

void appendBreakdown(QStringList &out, const breakdown::Breakdown &b)
{
    out.append(Indent + AnalysisFormat::breakdownHeading(b) + u':');
    appendTextTable(out, Indent2, withHeader(AnalysisFormat::breakdownTable(b)), true, false);
    const QString swap = AnalysisFormat::breakdownSwap(b);
    if (!swap.isEmpty())
        out.append(Indent2 + swap);
}

} // namespace

void appendTextTable(QStringList &out, const QString &indent, const QList<QStringList> &rows,
                     bool leftFirst, bool nameLast)
{
    using texttable::Align;
    QList<Align> align;
    for (const QStringList &row : rows)
        align.resize(std::max(align.size(), row.size()), Align::Right);
    if (leftFirst && !align.isEmpty())
        align.first() = Align::Left;
    if (nameLast && !align.isEmpty())
        align.last() = Align::Left;
    out.append(texttable::layout(rows, align, !nameLast, indent));
}

void appendAnalysisText(QStringList &out, const OomEvent &event, const EventAnalysis &analysis)
{
    if (analysis.ranking)
        appendRanking(out, *analysis.ranking);
    if (analysis.whatIf)
        appendWhatIf(out, analysis);
    if (analysis.watermarks)
        appendWatermarks(out, event, *analysis.watermarks);
    if (AnalysisFormat::showFragmentation(analysis.fragmentation))
        appendFragmentation(out, event, analysis.fragmentation);
    if (analysis.ram)
        appendBreakdown(out, *analysis.ram);
    if (analysis.memcg)
        appendBreakdown(out, *analysis.memcg);
}

QString summaryText(const SessionSummary &summary)
{
    if (summary.events < 2)
        return {};
    QString text = AnalysisFormat::summaryHeading(summary) + u":\n"_s;
    for (const auto &[label, value] : AnalysisFormat::summaryItems(summary))
        text += Indent + AnalysisFormat::tr("%1: %2").arg(label, value) + u'\n';
    return text;
}

} // namespace oom::sections
