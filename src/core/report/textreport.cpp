// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/report/textreport.h"

#include "core/report/analysissections.h"
#include "core/report/reportformat.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

const QString Indent = u"  "_s;
const QString Indent2 = u"    "_s;

void appendCounter(QStringList &out, const QString &label, const MemcgCounter &counter)
{
    if (counter.isPresent())
        out.append(Indent2 + label + u": "_s + ReportFormat::memcgCounter(counter));
}

void appendTasks(QStringList &out, const OomEvent &event)
{
    constexpr int Limit = 5;
    const QList<TaskRow> tasks = ReportFormat::largestTasks(event, Limit);
    if (tasks.isEmpty())
        return;
    out.append(Indent
               + TextReport::tr("Largest tasks by rss (%1 of %2):")
                     .arg(tasks.size())
                     .arg(event.tasks.size()));
    QList<QStringList> rows{{TextReport::tr("pid"), TextReport::tr("uid"), TextReport::tr("rss"),
                             TextReport::tr("swap"), TextReport::tr("adj"),
                             TextReport::tr("name")}};
    for (const TaskRow &row : tasks) {
        const std::optional<int> adj = row.oomScoreAdj ? row.oomScoreAdj : row.oomAdj;
        rows.append({QString::number(row.pid), row.uid ? QString::number(*row.uid) : u"?"_s,
                     ReportFormat::pages(row.rssPages, event.pageSizeKb),
                     row.swapents ? ReportFormat::pages(row.swapents, event.pageSizeKb) : u"?"_s,
                     adj ? QString::number(*adj) : u"?"_s, row.name});
    }
    sections::appendTextTable(out, Indent2, rows);
}

void appendMemcg(QStringList &out, const MemcgState &memcg)
{
    const bool any = memcg.isPresent() || !memcg.oomCgroup.isEmpty() || !memcg.taskCgroup.isEmpty();
    if (!any)
        return;
    QStringList where;
    if (memcg.hostLimit)
        where.append(TextReport::tr("limit of the host"));
    else if (!memcg.oomCgroup.isEmpty())
        where.append(TextReport::tr("limit of %1").arg(memcg.oomCgroup));
    if (!memcg.taskCgroup.isEmpty())
        where.append(TextReport::tr("victim in %1").arg(memcg.taskCgroup));
    out.append(Indent + TextReport::tr("Memory cgroup: %1").arg(where.join(u", "_s)));
    appendCounter(out, TextReport::tr("memory"), memcg.memory);
    appendCounter(out, TextReport::tr("memory+swap"), memcg.memsw);
    appendCounter(out, TextReport::tr("kmem"), memcg.kmem);
    appendCounter(out, TextReport::tr("swap"), memcg.swap);
}

} // namespace

QString TextReport::renderIncident(const Incident &incident, int index, int count)
{
    const OomEvent &event = incident.event;
    const EventAnalysis &analysis = incident.analysis;
    QStringList out;
    out.append(tr("Incident %1 of %2: %3").arg(index).arg(count).arg(ReportFormat::title(event)));

    if (!incident.causes.isEmpty()) {
        out.append(Indent + tr("Causes:"));
        for (const Cause &cause : incident.causes)
            out.append(Indent2 + ReportFormat::cause(cause));
    }
    out.append(Indent + tr("What happened: %1").arg(ReportFormat::whatHappened(event)));

    const QString when = ReportFormat::when(event);
    if (!when.isEmpty())
        out.append(Indent + tr("When: %1").arg(when));
    const QString source = ReportFormat::lineRange(event.lines);
    const QString path = event.sourcePath.isEmpty() ? ReportFormat::unknown() : event.sourcePath;
    out.append(
        Indent
        + (source.isEmpty() ? tr("Source: %1").arg(path) : tr("Source: %1, %2").arg(path, source)));
    for (const EventCopy &copy : event.alsoIn) {
        const QString range = ReportFormat::lineRange(copy.lines);
        out.append(Indent
                   + (range.isEmpty() ? tr("Also in: %1").arg(copy.sourcePath)
                                      : tr("Also in: %1, %2").arg(copy.sourcePath, range)));
    }
    const QString trigger = ReportFormat::trigger(event);
    if (!trigger.isEmpty())
        out.append(Indent + tr("Trigger: %1").arg(trigger));
    if (event.constraint && !event.constraint->isEmpty())
        out.append(Indent + tr("Constraint: %1").arg(*event.constraint));
    if (event.headerSuppressed && !event.notes.contains(u"dump-not-in-log"_s))
        out.append(Indent
                   + tr("Only the kill line is in the log (the kernel rate-limits the details)."));

    if (!event.victims.isEmpty()) {
        out.append(Indent + tr("Victims:"));
        for (const Victim &victim : event.victims)
            out.append(Indent2 + ReportFormat::victim(victim));
    }
    if (event.selection.isPresent() && !event.victims.isEmpty() && event.selection.pid
        && event.victims.first().pid != event.selection.pid) {
        out.append(Indent
                   + tr("Selected first: %1 (pid %2, score %3), then a child was killed")
                         .arg(event.selection.comm, QString::number(*event.selection.pid),
                              ReportFormat::number(event.selection.score)));
    }
    if (!event.oomGroupCgroup.isEmpty())
        out.append(Indent
                   + tr("memory.oom.group: every task of %1 was killed").arg(event.oomGroupCgroup));
    if (event.noKillableTask)
        out.append(Indent + tr("No process could be killed."));
    if (event.panic) {
        out.append(Indent
                   + (event.panicMessage.isEmpty()
                          ? tr("The kernel panicked.")
                          : tr("The kernel panicked: %1").arg(event.panicMessage)));
    }

    appendMemcg(out, event.memcg);
    if (event.kind == EventKind::KernelOom && event.slabBurst)
        out.append(
            Indent
            + tr("Slab allocation failures: %1").arg(ReportFormat::slabBurst(*event.slabBurst)));
    appendTasks(out, event);

    const QList<ZoneState> low = ReportFormat::zonesBelowMin(event);
    if (!low.isEmpty()) {
        out.append(Indent + tr("Zones below their min watermark:"));
        for (const ZoneState &zone : low)
            out.append(Indent2 + ReportFormat::zoneName(zone) + u": "_s
                       + ReportFormat::zoneWatermarks(zone));
    }
    if (event.swap.freeKb || event.swap.totalKb)
        out.append(Indent + tr("Swap: %1").arg(ReportFormat::swap(event.swap)));

    if (!event.units.isEmpty()) {
        out.append(Indent + tr("systemd units:"));
        for (const UnitResult &unit : event.units)
            out.append(Indent2 + ReportFormat::unitResult(unit));
    }
    sections::appendAnalysisText(out, event, analysis);

    for (const ContainerOomEvent &container : event.containerEvents) {
        out.append(
            Indent
            + tr("Container runtime %1: %2").arg(container.runtime, container.text.simplified()));
    }
    if (!event.notes.isEmpty()) {
        out.append(Indent + tr("Notes:"));
        for (const QString &note : event.notes)
            out.append(Indent2 + u"- "_s + ReportFormat::note(note));
    }

    QStringList evidence;
    for (const auto &[label, span] : ReportFormat::evidence(event))
        evidence.append(tr("%1 %2").arg(label, ReportFormat::lineRange(span)));
    if (!evidence.isEmpty())
        out.append(Indent + tr("Evidence: %1").arg(evidence.join(u"; "_s)));
    return out.join(u'\n') + u'\n';
}

QString TextReport::render(const Session &session, const ReportContext &context)
{
    QString text;
    const int count = int(session.incidents.size());
    if (count == 0)
        text += tr("No OOM incidents found.") + u'\n';
    else
        text += tr("OOM incidents found: %1.").arg(count) + u'\n';

    const QString summary = sections::summaryText(session.summary);
    if (!summary.isEmpty())
        text += u'\n' + summary;
    for (int i = 0; i < count; ++i) {
        text += u'\n' + renderIncident(*session.incidents.at(i), i + 1, count);
    }

    if (!context.inputs.isEmpty()) {
        text += u'\n' + tr("Inputs:") + u'\n';
        for (const ReportInput &input : context.inputs)
            text += Indent + ReportFormat::input(input) + u'\n';
    }
    if (!context.errors.isEmpty()) {
        text += u'\n' + tr("Errors:") + u'\n';
        for (const ReportError &error : context.errors)
            text += Indent
                + (error.warning ? tr("%1: warning: %2") : tr("%1: %2"))
                      .arg(error.path, error.message)
                + u'\n';
    }
    return text;
}

QByteArray reportToText(const Session &session, const ReportContext &context)
{
    return TextReport::render(session, context).toUtf8();
}

} // namespace oom
