// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/kernel/tasktable.h"

#include "core/parse/framing/textscan.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace oom::tasktable {

namespace {

enum class Column {
    Uid,
    Tgid,
    TotalVm,
    Rss,
    RssAnon,
    RssFile,
    RssShmem,
    NrPtes,
    NrPmds,
    PgtablesBytes,
    Swapents,
    Cpu,
    OomAdj,
    OomScoreAdj,
};

QList<Column> columnsOf(TaskTableLayout layout)
{
    using C = Column;
    switch (layout) {
    case TaskTableLayout::CpuOomAdj:
        return {C::Uid, C::Tgid, C::TotalVm, C::Rss, C::Cpu, C::OomAdj};
    case TaskTableLayout::CpuOomAdjScoreAdj:
        return {C::Uid, C::Tgid, C::TotalVm, C::Rss, C::Cpu, C::OomAdj, C::OomScoreAdj};
    case TaskTableLayout::NrPtes:
        return {C::Uid, C::Tgid, C::TotalVm, C::Rss, C::NrPtes, C::Swapents, C::OomScoreAdj};
    case TaskTableLayout::NrPtesNrPmds:
        return {C::Uid,    C::Tgid,   C::TotalVm,  C::Rss,
                C::NrPtes, C::NrPmds, C::Swapents, C::OomScoreAdj};
    case TaskTableLayout::PgtablesBytes:
        return {C::Uid, C::Tgid, C::TotalVm, C::Rss, C::PgtablesBytes, C::Swapents, C::OomScoreAdj};
    case TaskTableLayout::RssSplit:
        return {C::Uid,     C::Tgid,     C::TotalVm,       C::Rss,      C::RssAnon,
                C::RssFile, C::RssShmem, C::PgtablesBytes, C::Swapents, C::OomScoreAdj};
    case TaskTableLayout::Unknown: break;
    }
    return {};
}

void assign(TaskRow &row, Column column, qint64 value)
{
    switch (column) {
    case Column::Uid: row.uid = value; break;
    case Column::Tgid: row.tgid = value; break;
    case Column::TotalVm: row.totalVmPages = Pages(value); break;
    case Column::Rss: row.rssPages = Pages(value); break;
    case Column::RssAnon: row.rssAnonPages = Pages(value); break;
    case Column::RssFile: row.rssFilePages = Pages(value); break;
    case Column::RssShmem: row.rssShmemPages = Pages(value); break;
    case Column::NrPtes: row.nrPtes = Pages(value); break;
    case Column::NrPmds: row.nrPmds = Pages(value); break;
    case Column::PgtablesBytes: row.pgtablesBytes = Bytes(value); break;
    case Column::Swapents: row.swapents = Pages(value); break;
    case Column::Cpu: row.cpu = int(value); break;
    case Column::OomAdj: row.oomAdj = int(value); break;
    case Column::OomScoreAdj: row.oomScoreAdj = int(value); break;
    }
}

} // namespace

bool isTasksStateLine(QStringView text)
{
    return text.startsWith(u"Tasks state (memory values in pages)");
}

std::optional<TaskTableLayout> parseHeader(QStringView text)
{
    if (!text.startsWith(u'[') || !text.contains(u"pid") || !text.contains(u"total_vm"))
        return std::nullopt;
    const qsizetype close = text.indexOf(u']');
    if (close < 0)
        return std::nullopt;
    const auto words = text.mid(close + 1).split(u' ', Qt::SkipEmptyParts);
    auto has = [&words](QStringView word) {
        return words.contains(word);
    };
    if (has(u"rss_anon"))
        return TaskTableLayout::RssSplit;
    if (has(u"pgtables_bytes"))
        return TaskTableLayout::PgtablesBytes;
    if (has(u"nr_pmds"))
        return TaskTableLayout::NrPtesNrPmds;
    if (has(u"nr_ptes"))
        return TaskTableLayout::NrPtes;
    if (has(u"cpu") && has(u"oom_score_adj"))
        return TaskTableLayout::CpuOomAdjScoreAdj;
    if (has(u"cpu"))
        return TaskTableLayout::CpuOomAdj;
    return TaskTableLayout::Unknown;
}

bool looksLikeRow(QStringView text)
{
    if (!text.startsWith(u'['))
        return false;
    qsizetype i = 1;
    while (i < text.size() && text[i] == u' ')
        ++i;
    return i < text.size() && text[i].isDigit();
}

std::optional<TaskRow> parseRow(QStringView text, TaskTableLayout layout)
{
    const qsizetype close = text.indexOf(u']');
    if (!text.startsWith(u'[') || close < 0)
        return std::nullopt;
    const auto pid = textscan::toInt(text.mid(1, close - 1).trimmed());
    if (!pid)
        return std::nullopt;
    const QList<Column> columns = columnsOf(layout);
    if (columns.isEmpty())
        return std::nullopt;
    TaskRow row;
    row.pid = *pid;
    // Exactly N numeric columns, then the name: the rest of the line, which may contain
    // spaces or start with digits ("next-build (v16", "0trace").
    QStringView rest = text.mid(close + 1);
    for (Column column : columns) {
        qsizetype i = 0;
        while (i < rest.size() && rest[i] == u' ')
            ++i;
        qsizetype end = i;
        while (end < rest.size() && rest[end] != u' ')
            ++end;
        const auto value = textscan::toInt(rest.mid(i, end - i));
        if (!value)
            return std::nullopt;
        assign(row, column, *value);
        rest = rest.mid(end);
    }
    if (!rest.startsWith(u' '))
        return std::nullopt;
    row.name = rest.trimmed().toString();
    if (row.name.isEmpty())
        return std::nullopt;
    return row;
}

} // namespace oom::tasktable
