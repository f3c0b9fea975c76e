// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/report/markdownreport.h"

#include "core/report/analysissections.h"
#include "core/report/reportformat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

using Row = QStringList;

QString table(const Row &header, const QList<Row> &rows)
{
    return sections::markdownTable(header, rows);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"–"_s : text;
}

QString opt(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : u"–"_s;
}

QString optInt(const std::optional<int> &value)
{
    return value ? QString::number(*value) : u"–"_s;
}

QString sizeOrDash(const std::optional<KiB> &size)
{
    return size ? ReportFormat::size(*size) : u"–"_s;
}

QString code(const QString &text)
{
    // A code span cannot contain its own delimiter; log text rarely has backticks.
    QString clean = text;
    clean.replace(u'`', u'\'');
    clean.replace(u'|', u'/');
    return u'`' + clean + u'`';
}

QString victimsTable(const OomEvent &event)
{
    // One resident-set figure and the swap (OpenVZ, Android, ChromeOS) get their columns only
    // when a victim has them: the kernel's own kill line splits the RSS instead.
    const bool whole =
        std::any_of(event.victims.cbegin(), event.victims.cend(), [](const Victim &v) {
            return v.rssKb || v.swapKb;
        });
    QList<Row> rows;
    for (const Victim &v : event.victims) {
        Row row{opt(v.pid),
                MarkdownReport::escape(ReportFormat::victimName(v)),
                opt(v.uid),
                v.cgroup.isEmpty() ? u"–"_s : code(v.cgroup),
                sizeOrDash(v.anonRssKb),
                sizeOrDash(v.fileRssKb),
                sizeOrDash(v.shmemRssKb)};
        if (whole)
            row << sizeOrDash(v.rssKb) << sizeOrDash(v.swapKb);
        row << sizeOrDash(v.totalVmKb) << sizeOrDash(v.pgtablesKb) << optInt(v.oomScoreAdj)
            << (v.reaped ? MarkdownReport::tr("yes") : MarkdownReport::tr("no"))
            << orDash(ReportFormat::lineRange(v.line));
        rows.append(row);
    }
    QStringList headers{MarkdownReport::tr("pid"),  MarkdownReport::tr("process"),
                        MarkdownReport::tr("uid"),  MarkdownReport::tr("cgroup"),
                        MarkdownReport::tr("anon"), MarkdownReport::tr("file"),
                        MarkdownReport::tr("shmem")};
    if (whole)
        headers << MarkdownReport::tr("rss") << MarkdownReport::tr("swap");
    headers << MarkdownReport::tr("total-vm") << MarkdownReport::tr("page tables")
            << MarkdownReport::tr("oom_score_adj") << MarkdownReport::tr("reaped")
            << MarkdownReport::tr("evidence");
    return table(headers, rows);
}

QString memcgSection(const MemcgState &memcg)
{
    QString text;
    if (!memcg.oomCgroup.isEmpty())
        text +=
            u"- "_s + MarkdownReport::tr("**Limit hit in:** %1").arg(code(memcg.oomCgroup)) + u'\n';
    else if (memcg.hostLimit)
        text += u"- "_s + MarkdownReport::tr("**Limit hit in:** the host") + u'\n';
    if (!memcg.taskCgroup.isEmpty())
        text += u"- "_s + MarkdownReport::tr("**Victim's cgroup:** %1").arg(code(memcg.taskCgroup))
            + u'\n';
    QList<Row> rows;
    auto add = [&rows](const QString &label, const MemcgCounter &c) {
        if (!c.isPresent())
            return;
        rows.append({label, sizeOrDash(c.usageKb),
                     c.unlimited ? MarkdownReport::tr("unlimited") : sizeOrDash(c.limitKb),
                     opt(c.failcnt), orDash(ReportFormat::lineRange(c.line))});
    };
    add(MarkdownReport::tr("memory"), memcg.memory);
    add(MarkdownReport::tr("memory+swap"), memcg.memsw);
    add(MarkdownReport::tr("kmem"), memcg.kmem);
    add(MarkdownReport::tr("swap"), memcg.swap);
    if (!rows.isEmpty()) {
        text += u'\n'
            + table({MarkdownReport::tr("counter"), MarkdownReport::tr("usage"),
                     MarkdownReport::tr("limit"), MarkdownReport::tr("failcnt"),
                     MarkdownReport::tr("evidence")},
                    rows);
    }
    return text;
}

QString tasksTable(const OomEvent &event, const QList<TaskRow> &tasks)
{
    QList<Row> rows;
    for (const TaskRow &t : tasks) {
        rows.append(
            {QString::number(t.pid), opt(t.uid), ReportFormat::pages(t.rssPages, event.pageSizeKb),
             t.swapents ? ReportFormat::pages(t.swapents, event.pageSizeKb) : u"–"_s,
             t.pgtablesBytes ? ReportFormat::sizeFromBytes(t.pgtablesBytes) : u"–"_s,
             optInt(t.oomScoreAdj ? t.oomScoreAdj : t.oomAdj), MarkdownReport::escape(t.name),
             t.line > 0 ? QString::number(t.line) : u"–"_s});
    }
    return table({MarkdownReport::tr("pid"), MarkdownReport::tr("uid"), MarkdownReport::tr("rss"),
                  MarkdownReport::tr("swap"), MarkdownReport::tr("page tables"),
                  MarkdownReport::tr("oom_score_adj"), MarkdownReport::tr("name"),
                  MarkdownReport::tr("line")},
                 rows);
}

QString zonesTable(const QList<ZoneState> &zones, const QList<ZoneState> &belowMin)
{
    QList<Row> rows;
    for (const ZoneState &z : zones) {
        bool low = false;
        for (const ZoneState &b : belowMin)
            low = low || b.line == z.line;
        rows.append({MarkdownReport::escape(ReportFormat::zoneName(z)),
                     sizeOrDash(z.fieldKb(u"free"_s)), sizeOrDash(z.fieldKb(u"min"_s)),
                     sizeOrDash(z.fieldKb(u"low"_s)), sizeOrDash(z.fieldKb(u"high"_s)),
                     sizeOrDash(z.fieldKb(u"managed"_s)),
                     low ? MarkdownReport::tr("**below min**") : MarkdownReport::tr("ok"),
                     orDash(ReportFormat::lineRange(z.line))});
    }
    return table({MarkdownReport::tr("zone"), MarkdownReport::tr("free"), MarkdownReport::tr("min"),
                  MarkdownReport::tr("low"), MarkdownReport::tr("high"),
                  MarkdownReport::tr("managed"), MarkdownReport::tr("state"),
                  MarkdownReport::tr("evidence")},
                 rows);
}

} // namespace

QString MarkdownReport::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out += u' ';
            continue;
        }
        // Only what acts inside a line: nothing here starts a line of the document.
        if (u"\\`*_[]<>|~"_s.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString MarkdownReport::renderIncident(const Incident &incident, int index)
{
    const OomEvent &event = incident.event;
    QString md = tr("## Incident %1: %2").arg(index).arg(ReportFormat::title(event)) + u"\n\n"_s;

    if (!incident.causes.isEmpty()) {
        md += u"### "_s + tr("Causes") + u"\n\n"_s;
        for (const Cause &cause : incident.causes)
            md += u"- "_s + escape(ReportFormat::cause(cause)) + u'\n';
        md += u'\n';
    }
    md += tr("**What happened:** %1").arg(escape(ReportFormat::whatHappened(event))) + u"\n\n"_s;

    auto item = [&md](const QString &label, const QString &value) {
        if (!value.isEmpty())
            md += u"- **"_s + label + u":** "_s + value + u'\n';
    };
    item(tr("When"), escape(ReportFormat::when(event)));
    const QString range = ReportFormat::lineRange(event.lines);
    const QString path =
        event.sourcePath.isEmpty() ? ReportFormat::unknown() : code(event.sourcePath);
    item(tr("Source"), range.isEmpty() ? path : tr("%1, %2").arg(path, range));
    for (const EventCopy &copy : event.alsoIn) {
        const QString copyRange = ReportFormat::lineRange(copy.lines);
        item(tr("Also in"),
             copyRange.isEmpty() ? code(copy.sourcePath)
                                 : tr("%1, %2").arg(code(copy.sourcePath), copyRange));
    }
    item(tr("Trigger"), escape(ReportFormat::trigger(event)));
    item(tr("Constraint"),
         event.constraint.value_or(QString()).isEmpty() ? QString() : code(*event.constraint));
    if (event.headerSuppressed)
        item(tr("Note"),
             tr("only the kill line is in the log (the kernel rate-limits the details)"));
    if (!event.oomGroupCgroup.isEmpty())
        item(tr("memory.oom.group"), code(event.oomGroupCgroup));
    if (event.panic)
        item(tr("Panic"), event.panicMessage.isEmpty() ? tr("yes") : escape(event.panicMessage));
    if (event.swap.freeKb || event.swap.totalKb)
        item(tr("Swap"), ReportFormat::swap(event.swap));
    if (event.kind == EventKind::KernelOom && event.slabBurst) {
        const QString lines = ReportFormat::lineRange(event.slabBurst->lines);
        item(tr("Slab allocation failures"),
             escape(ReportFormat::slabBurst(*event.slabBurst))
                 + (lines.isEmpty() ? QString() : u" ("_s + lines + u')'));
    }
    md += u'\n';

    if (!event.victims.isEmpty())
        md += u"### "_s + tr("Victims") + u"\n\n"_s + victimsTable(event) + u'\n';
    const QString memcg = memcgSection(event.memcg);
    if (!memcg.isEmpty())
        md += u"### "_s + tr("Memory cgroup") + u"\n\n"_s + memcg + u'\n';
    const QList<TaskRow> tasks = ReportFormat::largestTasks(event, 5);
    if (!tasks.isEmpty()) {
        md += u"### "_s
            + tr("Largest tasks (%1 of %2, by rss)").arg(tasks.size()).arg(event.tasks.size())
            + u"\n\n"_s + tasksTable(event, tasks) + u'\n';
    }
    if (!event.zones.isEmpty()) {
        md += u"### "_s + tr("Zones") + u"\n\n"_s
            + zonesTable(event.zones, ReportFormat::zonesBelowMin(event)) + u'\n';
    }
    md += sections::analysisMarkdown(event, incident.analysis);
    if (!event.units.isEmpty()) {
        md += u"### "_s + tr("systemd units") + u"\n\n"_s;
        for (const UnitResult &unit : event.units)
            md += u"- "_s + escape(ReportFormat::unitResult(unit)) + u'\n';
        md += u'\n';
    }
    if (!event.notes.isEmpty()) {
        md += u"### "_s + tr("Notes") + u"\n\n"_s;
        for (const QString &note : event.notes)
            md += u"- "_s + escape(ReportFormat::note(note)) + u'\n';
        md += u'\n';
    }
    const auto evidence = ReportFormat::evidence(event);
    if (!evidence.isEmpty()) {
        md += u"### "_s + tr("Evidence") + u"\n\n"_s;
        for (const auto &[label, span] : evidence)
            md += u"- "_s + escape(label) + u": "_s + ReportFormat::lineRange(span) + u'\n';
        md += u'\n';
    }
    return md;
}

QString MarkdownReport::render(const Session &session, const ReportContext &context)
{
    const QList<IncidentPtr> &incidents = session.incidents;
    QString md = u"# "_s + tr("OOM Lens report") + u"\n\n"_s;
    if (!context.generator.isEmpty())
        md += tr("Generated by %1.").arg(escape(context.generator)) + u' ';
    md += (incidents.isEmpty() ? tr("No OOM incidents found.")
                               : tr("OOM incidents found: %1.").arg(incidents.size()))
        + u"\n\n"_s;
    md += sections::summaryMarkdown(session.summary);
    for (qsizetype i = 0; i < incidents.size(); ++i)
        md += renderIncident(*incidents.at(i), int(i + 1));

    if (!context.inputs.isEmpty()) {
        QList<Row> rows;
        for (const ReportInput &input : context.inputs) {
            rows.append({code(input.path), escape(input.format),
                         input.bytes ? ReportFormat::sizeFromBytes(input.bytes) : u"–"_s,
                         opt(input.lines), QString::number(input.events)});
        }
        md += u"## "_s + tr("Inputs") + u"\n\n"_s
            + table({tr("input"), tr("format"), tr("size"), tr("lines"), tr("events")}, rows)
            + u'\n';
    }
    if (!context.errors.isEmpty()) {
        md += u"## "_s + tr("Errors") + u"\n\n"_s;
        for (const ReportError &error : context.errors)
            md += u"- "_s + code(error.path) + u": "_s
                + (error.warning ? tr("warning: ") : QString()) + escape(error.message) + u'\n';
        md += u'\n';
    }
    // One trailing newline, not a blank line.
    while (md.endsWith(u"\n\n"_s))
        md.chop(1);
    return md;
}

QByteArray reportToMarkdown(const Session &session, const ReportContext &context)
{
    return MarkdownReport::render(session, context).toUtf8();
}

} // namespace oom
