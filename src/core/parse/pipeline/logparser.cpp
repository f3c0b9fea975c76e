// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/pipeline/logparser.h"

#include "core/parse/kernel/kernelreportassembler.h"
#include "core/parse/pipeline/eventlinker.h"
#include "core/parse/pipeline/eventqueue.h"
#include "core/parse/pipeline/recordjoiner.h"
#include "core/parse/userspace/containerlines.h"
#include "core/parse/userspace/lowmemorykillcollector.h"
#include "core/parse/userspace/systemdunitlines.h"
#include "core/parse/userspace/userspacekillcollector.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// Daemons that talk about OOM kills: their messages are never kernel report lines, even
// when they quote one. Any other ident (a VM host wrapping its guest's dmesg, a relay) may
// carry kernel lines.
bool isOomAwareDaemon(const QString &ident)
{
    static const QStringList daemons = {
        u"systemd"_s,    u"systemd-oomd"_s,   u"earlyoom"_s, u"nohang"_s,
        u"containerd"_s, u"dockerd"_s,        u"kubelet"_s,  u"crio"_s,
        u"oomd"_s,       u"nohang-desktop"_s, u"conmon"_s,
    };
    return daemons.contains(ident);
}

} // namespace

struct LogParser::Private {
    QString sourcePath;
    LineFramer framer;
    RecordJoiner joiner;
    QList<LogRecord> framed; // the framer's output, before wrapped lines are re-joined
    EventQueue queue;
    KernelReportAssembler kernel{queue};
    UserspaceKillCollector userspace;
    LowMemoryKillCollector lowMemoryKills; // Android's and ChromeOS's killers
    SystemctlStatusReader unitStatus; // journal lines and pasted `systemctl status` blocks
    EventLinker linker;
    QList<LogRecord> records;
    QList<OomEvent> ready;
    qint64 lastLine = 0;

    Private(QString path, FramingOptions options)
        : sourcePath(std::move(path))
        , framer(options)
    {
    }

    void route(const LogRecord &record)
    {
        kernel.advanceTo(record.lines.first);
        // Before the kernel's assembler: the Android kernel driver's lines are kernel
        // records that no OOM report part matches.
        if (lowMemoryKills.add(record))
            return;
        if (!isOomAwareDaemon(record.ident) && kernel.add(record))
            return;
        if (userspace.add(record))
            return;
        if (const auto unit = unitStatus.add(record)) {
            // A pager-cut "Failed with result '>" counts only once the status block
            // confirmed "Result: oom-kill" (the reader clears resultCut then).
            if (!unit->resultCut)
                linker.addUnitResult(unit->result);
            return;
        }
        if (auto container = parseContainerOomEvent(record))
            linker.addContainerEvent(*container);
    }

    // Moves the framer's records through the joiner; `flushAll` also hands out the one it
    // holds back (a gap, the end, a live log gone quiet: nothing more will complete it).
    void join(bool flushAll)
    {
        for (LogRecord &record : framed)
            joiner.add(std::move(record), records);
        framed.clear();
        if (flushAll)
            joiner.flush(records);
    }

    void drain(bool all)
    {
        for (const LogRecord &record : std::as_const(records))
            route(record);
        records.clear();
        for (OomEvent &event : userspace.takeEvents())
            queue.push(std::move(event));
        for (OomEvent &event : lowMemoryKills.takeEvents())
            queue.push(std::move(event));
        linker.link(queue, lastLine, all);
        // A result still waiting to be linked may belong to an event that would leave now
        // (its last line is HoldLines before this line, the result's a few lines later).
        const qint64 releaseLine = std::min(lastLine, linker.oldestPendingLine());
        for (OomEvent &event : queue.release(releaseLine, kernel.firstOpenLine(), all)) {
            event.sourcePath = sourcePath;
            ready.append(std::move(event));
        }
    }
};

LogParser::LogParser(QString sourcePath, FramingOptions options)
    : d(std::make_unique<Private>(std::move(sourcePath), options))
{
}

LogParser::~LogParser() = default;

void LogParser::addLine(QByteArrayView line, qint64 lineNumber)
{
    d->lastLine = lineNumber;
    d->framer.addLine(line, lineNumber, d->framed);
    if (!d->framed.isEmpty())
        d->join(false);
    if (!d->records.isEmpty())
        d->drain(false);
}

void LogParser::addGap()
{
    d->framer.addGap(d->framed);
    d->join(true);
    d->drain(false);
    d->kernel.addGap();
}

void LogParser::skipTo(qint64 lineNumber)
{
    if (lineNumber <= d->lastLine || wantsContext())
        return;
    d->lastLine = lineNumber;
    d->join(true); // the lines skipped cannot complete a held-back record
    d->kernel.advanceTo(lineNumber); // reports no line can continue any more close
    d->drain(false);
}

void LogParser::finish()
{
    d->framer.finish(d->framed);
    d->join(true);
    for (const LogRecord &record : std::as_const(d->records))
        d->route(record);
    d->records.clear();
    d->kernel.finish();
    d->userspace.finish();
    d->lowMemoryKills.finish();
    d->drain(true);
}

QList<OomEvent> LogParser::takeEvents()
{
    return std::exchange(d->ready, {});
}

QList<OomEvent> LogParser::takeCompletedNow()
{
    d->join(true);
    d->drain(false);
    d->kernel.closeKilled();
    d->lowMemoryKills.finish(); // a live log gone quiet: its continuation lines came or not
    for (OomEvent &event : d->userspace.takeEvents())
        d->queue.push(std::move(event));
    for (OomEvent &event : d->lowMemoryKills.takeEvents())
        d->queue.push(std::move(event));
    d->linker.link(d->queue, d->lastLine, true);
    for (OomEvent &event : d->queue.release(d->lastLine, d->kernel.firstOpenLine(), true)) {
        event.sourcePath = d->sourcePath;
        d->ready.append(std::move(event));
    }
    return takeEvents();
}

bool LogParser::wantsContext() const
{
    return d->kernel.wantsContext(d->lastLine) || d->userspace.wantsContext()
        || d->lowMemoryKills.wantsContext();
}

QList<QByteArrayView> eventAnchors()
{
    // Every line that starts or names an event contains one of these (see the parsers):
    // - "oom": "invoked oom-killer", "oom-kill:", "oom_reaper", "systemd-oomd", "earlyoom",
    //   "oom-kill'", the task-dump header's "oom_score_adj";
    // - "ill process": the selection and kill lines of every era;
    // - "of memory": the "Out of memory" lines (kill, panic, no killable process);
    // - "Memory cgroup", "memory: usage", "result of limit" (v1 "Task in … killed as a
    //   result of limit of …"), "Memory limit reached": a memcg report whose header was cut;
    // - "deadlocked on memory": the panic of 2.6-4.x; "allocate memory": SLUB/SLAB failures;
    // - "Kill '", "Killing '", "send sigkill to", "Killed tab", "Killed app": Android's lmkd
    //   and kernel driver,
    //   Chrome on ChromeOS (their continuation lines are read while a kill is open);
    // - the rest: partial-report starts and userspace killers.
    // No looser anchor: "emory" matched ordinary lines on busy hosts and made the scan 4x
    // slower.
    return {
        "oom",
        "OOM",
        "ill process",
        "illing process",
        "of memory",
        "Memory cgroup",
        "memory: usage",
        "result of limit",
        "Memory limit reached",
        "deadlocked on memory",
        "allocate memory",
        "Mem-Info",
        "Mem-info",
        "allocation failure",
        "nohang",
        "corrective action",
        "sending SIG",
        "Tasks state",
        "lowmem_reserve",
        "pid ]",
        "Kill '",
        "Killing '",
        "Killed tab ",
        "Killed app ",
        "send sigkill to ",
    };
}

} // namespace oom
