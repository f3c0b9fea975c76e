// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/report/analysisformat.h"
#include "core/report/analysissections.h"
#include "core/report/markdownreport.h"

using namespace Qt::StringLiterals;

namespace oom::sections {

namespace {

QString heading(const QString &text)
{
    return u"### "_s + MarkdownReport::escape(text) + u"\n\n"_s;
}

QString paragraph(const QString &text)
{
    return MarkdownReport::escape(text) + u"\n\n"_s;
}

// Every cell comes from the log or from AnalysisFormat: plain text, escaped here.
QString table(const AnalysisFormat::Table &t)
{
    QStringList header;
    for (const QString &cell : t.header)
        header.append(MarkdownReport::escape(cell));
    QList<QStringList> rows;
    for (const QStringList &row : t.rows) {
        QStringList escaped;
        for (const QString &cell : row)
            escaped.append(cell.isEmpty() ? u" "_s : MarkdownReport::escape(cell));
        rows.append(escaped);
    }
    return markdownTable(header, rows) + u'\n';
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString md;
    for (const QString &item : items)
        md += u"- "_s + MarkdownReport::escape(item) + u'\n';
    return md + u'\n';
}

QString ranking(const RankingResult &r)
{
    QString md = heading(AnalysisFormat::rankingHeading(r));
    QStringList facts{AnalysisFormat::totalpages(r)};
    const QString counts = AnalysisFormat::rankingCounts(r);
    if (!counts.isEmpty())
        facts.append(counts);
    md += paragraph(facts.join(u"; "_s));
    const AnalysisFormat::Table t = AnalysisFormat::rankingTable(r);
    if (!t.rows.isEmpty())
        md += table(t);
    md += u"**"_s + MarkdownReport::escape(AnalysisFormat::prediction(r)) + u"**\n\n"_s;
    md += list(AnalysisFormat::predictionReasons(r));
    return md;
}

QString whatIf(const EventAnalysis &analysis)
{
    QString md = heading(AnalysisFormat::whatIfHeading(analysis));
    md += paragraph(AnalysisFormat::whatIfVerdict(analysis));
    const AnalysisFormat::Table t = AnalysisFormat::rankingTable(*analysis.whatIf);
    if (!t.rows.isEmpty())
        md += table(t);
    return md;
}

QString breakdownSection(const breakdown::Breakdown &b)
{
    QString md =
        heading(AnalysisFormat::breakdownHeading(b)) + table(AnalysisFormat::breakdownTable(b));
    const QString swap = AnalysisFormat::breakdownSwap(b);
    if (!swap.isEmpty())
        md += paragraph(swap);
    return md;
}

} // namespace

QString markdownTable(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = u"| "_s + header.join(u" | "_s) + u" |\n|"_s;
    for (qsizetype i = 0; i < header.size(); ++i)
        text += u" --- |"_s;
    text += u'\n';
    for (const QStringList &row : rows)
        text += u"| "_s + row.join(u" | "_s) + u" |\n"_s;
    return text;
}

QString analysisMarkdown(const OomEvent &event, const EventAnalysis &analysis)
{
    QString md;
    if (analysis.ranking)
        md += ranking(*analysis.ranking);
    if (analysis.whatIf)
        md += whatIf(analysis);
    if (const auto &w = analysis.watermarks) {
        md += heading(AnalysisFormat::watermarkHeading(*w))
            + paragraph(AnalysisFormat::watermarkVerdict(event, *w))
            + table(AnalysisFormat::watermarkTable(event, *w));
    }
    if (AnalysisFormat::showFragmentation(analysis.fragmentation)) {
        md += heading(AnalysisFormat::fragmentationHeading(analysis.fragmentation))
            + table(AnalysisFormat::fragmentationTable(analysis.fragmentation, event))
            + paragraph(AnalysisFormat::fragmentationLegend());
    }
    if (analysis.ram)
        md += breakdownSection(*analysis.ram);
    if (analysis.memcg)
        md += breakdownSection(*analysis.memcg);
    return md;
}

QString summaryMarkdown(const SessionSummary &summary)
{
    if (summary.events < 2)
        return {};
    QString md =
        u"## "_s + MarkdownReport::escape(AnalysisFormat::summaryHeading(summary)) + u"\n\n"_s;
    for (const auto &[label, value] : AnalysisFormat::summaryItems(summary))
        md += u"- **"_s + MarkdownReport::escape(label) + u":** "_s + MarkdownReport::escape(value)
            + u'\n';
    return md + u'\n';
}

} // namespace oom::sections
