// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/report/reportformat.h"

#include "core/report/jsonreport.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace oom {

QString ReportFormat::unknown()
{
    return tr("unknown");
}

QString ReportFormat::size(KiB size)
{
    return ReportFormat::size(size.value);
}

QString ReportFormat::size(const std::optional<KiB> &size)
{
    return size ? ReportFormat::size(*size) : unknown();
}

QString ReportFormat::size(qint64 kb)
{
    const qint64 magnitude = kb < 0 ? -kb : kb;
    if (magnitude < 1024)
        return tr("%1 KiB").arg(kb);
    const double value = double(kb);
    if (magnitude < qint64(1024) * 1024)
        return tr("%1 MiB").arg(value / 1024.0, 0, 'f', 1);
    if (magnitude < qint64(1024) * 1024 * 1024)
        return tr("%1 GiB").arg(value / (1024.0 * 1024.0), 0, 'f', 1);
    return tr("%1 TiB").arg(value / (1024.0 * 1024.0 * 1024.0), 0, 'f', 1);
}

QString ReportFormat::size(const std::optional<qint64> &kb)
{
    return kb ? size(*kb) : unknown();
}

QString ReportFormat::sizeFromBytes(const std::optional<Bytes> &bytes)
{
    return sizeFromBytes(valueOf(bytes));
}

QString ReportFormat::sizeFromBytes(const std::optional<qint64> &bytes)
{
    if (!bytes)
        return unknown();
    if (*bytes < 1024 && *bytes > -1024)
        return tr("%1 B").arg(*bytes);
    return size(*bytes / 1024);
}

QString ReportFormat::pages(const std::optional<Pages> &pages, const std::optional<KiB> &pageSize)
{
    if (!pages)
        return unknown();
    if (pageSize && *pageSize > KiB(0))
        return size(pagesToKiB(*pages, *pageSize));
    return *pages == Pages(1) ? tr("1 page") : tr("%1 pages").arg(pages->value);
}

QString ReportFormat::number(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : unknown();
}

QString ReportFormat::lineRange(const LineSpan &span)
{
    if (!span.isValid())
        return {};
    if (span.first == span.last)
        return tr("line %1").arg(span.first);
    return tr("lines %1–%2").arg(span.first).arg(span.last);
}

QString ReportFormat::memcgCounter(const MemcgCounter &counter)
{
    const QString limit = counter.unlimited ? tr("unlimited") : size(counter.limitKb);
    return tr("usage %1, limit %2, failcnt %3")
        .arg(size(counter.usageKb), limit, number(counter.failcnt));
}

QString ReportFormat::swap(const SwapState &swap)
{
    if (swap.totalKb && *swap.totalKb == KiB(0))
        return tr("no swap configured");
    if (!swap.freeKb && !swap.totalKb)
        return unknown();
    return tr("%1 free of %2").arg(size(swap.freeKb), size(swap.totalKb));
}

QString ReportFormat::unitResult(const UnitResult &unit)
{
    QString result;
    switch (unit.kind) {
    case UnitResultKind::KilledByKernelOom:
        result = tr("a process was killed by the kernel OOM killer");
        break;
    case UnitResultKind::FailedOomKill:
        result = tr("the unit failed with result 'oom-kill'");
        break;
    case UnitResultKind::KilledByOomd:
        result = unit.processes
            ? (*unit.processes == 1 ? tr("systemd-oomd killed 1 process")
                                    : tr("systemd-oomd killed %1 processes").arg(*unit.processes))
            : tr("systemd-oomd killed processes");
        break;
    }
    const QString where = lineRange(unit.line);
    return where.isEmpty() ? tr("%1: %2").arg(unit.unit, result)
                           : tr("%1: %2 (%3)").arg(unit.unit, result, where);
}

QString ReportFormat::severity(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return tr("critical", "cause severity");
    case Severity::Warning: return tr("warning", "cause severity");
    case Severity::Info: break;
    }
    return tr("info", "cause severity");
}

QString ReportFormat::cause(const Cause &cause)
{
    QStringList lines;
    for (qint64 line : cause.evidence)
        lines.append(QString::number(line));
    QString text = tr("[%1] %2: %3").arg(severity(cause.severity), cause.id, cause.summary);
    QStringList extras;
    if (!lines.isEmpty())
        extras.append(tr("evidence: lines %1").arg(lines.join(u", "_s)));
    if (!cause.remedy.isEmpty())
        extras.append(tr("fix: %1 wizard").arg(cause.remedy));
    if (!extras.isEmpty())
        text += u" ("_s + extras.join(u"; "_s) + u')';
    return text;
}

QString ReportFormat::input(const ReportInput &input)
{
    QStringList parts;
    if (!input.format.isEmpty())
        parts.append(input.format);
    if (!input.encoding.isEmpty() && input.encoding != u"UTF-8"_s)
        parts.append(tr("converted from %1").arg(input.encoding));
    if (input.bytes)
        parts.append(sizeFromBytes(input.bytes));
    if (input.lines)
        parts.append(*input.lines == 1 ? tr("1 line") : tr("%1 lines").arg(*input.lines));
    parts.append(input.events == 1 ? tr("1 event") : tr("%1 events").arg(input.events));
    return tr("%1 (%2)").arg(input.path, parts.join(u", "_s));
}

QString ReportFormat::when(const OomEvent &event)
{
    QStringList parts;
    if (event.time && event.time->isValid()) {
        QString time = isoTime(*event.time);
        if (event.timeZoneAssumed && event.timeYearAssumed)
            time = tr("%1 (the log shows neither year nor time zone)").arg(time);
        else if (event.timeZoneAssumed)
            time = tr("%1 (the log shows no time zone)").arg(time);
        else if (event.timeYearAssumed)
            time = tr("%1 (the log shows no year)").arg(time);
        parts.append(time);
    }
    if (event.uptimeSeconds)
        parts.append(tr("uptime %1 s").arg(*event.uptimeSeconds, 0, 'f', 3));
    if (!event.host.isEmpty())
        parts.append(tr("host %1").arg(event.host));
    if (!event.kernelRelease.isEmpty())
        parts.append(tr("kernel %1").arg(event.kernelRelease));
    return parts.join(u", "_s);
}

QList<std::pair<QString, LineSpan>> ReportFormat::evidence(const OomEvent &event)
{
    QList<std::pair<QString, LineSpan>> list;
    auto add = [&list](const QString &label, const LineSpan &span) {
        if (span.isValid())
            list.append({label, span});
    };
    add(tr("header"), event.trigger.headerLine);
    add(tr("stack"), event.trigger.stackLines);
    add(tr("memory cgroup"), event.memcg.lines);
    add(tr("Mem-Info"), event.meminfo.lines);
    add(tr("swap"), event.swap.lines);
    LineSpan tasks;
    for (const TaskRow &row : event.tasks)
        tasks.extend(LineSpan{row.line, row.line});
    add(tr("task table"), tasks);
    add(tr("selection"), event.selection.line);
    if (event.kind == EventKind::KernelOom && event.slabBurst)
        add(tr("slab failures"), event.slabBurst->lines);
    for (const Victim &victim : event.victims) {
        add(tr("kill of %1").arg(victimName(victim)), victim.line);
        add(tr("reaper"), victim.reaperLine);
    }
    add(tr("userspace killer"), event.userspace.contextLines);
    for (const UnitResult &unit : event.units)
        add(tr("unit %1").arg(unit.unit), unit.line);
    return list;
}

QList<TaskRow> ReportFormat::largestTasks(const OomEvent &event, int limit)
{
    QList<TaskRow> rows;
    for (const TaskRow &row : event.tasks) {
        if (row.rssPages)
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const TaskRow &a, const TaskRow &b) {
        return *a.rssPages > *b.rssPages;
    });
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

QList<ZoneState> ReportFormat::zonesBelowMin(const OomEvent &event)
{
    QList<ZoneState> zones;
    for (const ZoneState &zone : event.zones) {
        const auto free = zone.fieldKb(u"free"_s);
        const auto min = zone.fieldKb(u"min"_s);
        if (free && min && *free < *min)
            zones.append(zone);
    }
    return zones;
}

QString ReportFormat::zoneName(const ZoneState &zone)
{
    return zone.node ? tr("Node %1 %2").arg(*zone.node).arg(zone.name) : zone.name;
}

QString ReportFormat::zoneWatermarks(const ZoneState &zone)
{
    return tr("free %1 < min %2 (low %3, high %4)")
        .arg(size(zone.fieldKb(u"free"_s)), size(zone.fieldKb(u"min"_s)),
             size(zone.fieldKb(u"low"_s)), size(zone.fieldKb(u"high"_s)));
}

bool ReportFormat::isMemcgOom(const OomEvent &event)
{
    if (event.kind != EventKind::KernelOom)
        return false;
    if (event.constraint && !event.constraint->isEmpty())
        return *event.constraint == u"CONSTRAINT_MEMCG"_s;
    if (event.trigger.path == OomPath::Memcg)
        return true;
    return !event.memcg.oomCgroup.isEmpty() && !event.memcg.hostLimit;
}

} // namespace oom
