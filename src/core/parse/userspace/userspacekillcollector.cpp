// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/userspace/userspacekillcollector.h"

#include "core/parse/userspace/earlyoomlines.h"
#include "core/parse/userspace/nohanggrouping.h"
#include "core/parse/userspace/oomdlines.h"
#include "core/parse/userspace/systemdunitlines.h"
#include "core/parse/userspace/userspacekillevents.h"
#include "core/parse/userspace/userspacekillwindow.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace oom {

using namespace userspacewindow;

namespace {

enum class Taker { None, Oomd, OomdDump, Unit, Earlyoom, Nohang };

// The unit systemd names is the last component of the cgroup oomd names.
bool unitMatchesCgroup(QStringView unit, QStringView cgroup)
{
    return !unit.isEmpty()
        && (cgroup == unit
            || (cgroup.endsWith(unit) && cgroup.size() > unit.size()
                && cgroup[cgroup.size() - unit.size() - 1] == u'/'));
}

QString victimCgroup(const OomEvent &event)
{
    return event.victims.isEmpty() ? QString() : event.victims.first().cgroup;
}

template<typename T>
struct Pending {
    T value;
    LineSpan lines;
    std::optional<QDateTime> time;
    qint64 index = 0;
};

struct CandidateDump {
    std::optional<int> considered;
    QList<OomdCandidate> candidates;
    LineSpan lines;
    std::optional<QDateTime> time;
    qint64 index = 0;
};

struct PendingUnit {
    UnitResult result;
    bool truncated = false;
    qint64 index = 0;
};

} // namespace

struct UserspaceKillCollector::Private {
    QList<OomEvent> done;
    qint64 index = 0;
    Taker lastTaker = Taker::None;

    std::optional<OpenEvent> oomd;
    bool oomdReasonPending = false; // the kill line was wrapped; its continuation follows
    QString oomdKillText;
    std::optional<CandidateDump> dump; // "Considered ..." being read
    std::optional<CandidateDump> pendingDump; // read before its kill line
    QList<PendingUnit> pendingUnits; // "systemd-oomd killed ..." before the oomd line

    std::optional<OpenEvent> earlyoom;
    std::optional<Pending<EarlyoomMemReport>> memReport;
    std::optional<Pending<EarlyoomLowMemory>> lowMemory;

    NohangGrouping nohang;

    void close(std::optional<OpenEvent> &open)
    {
        if (!open)
            return;
        if (&open == &oomd && oomdReasonPending) {
            open->event.notes.append(u"oomd-kill-line-without-reason"_s);
            oomdReasonPending = false;
        }
        done.append(std::move(open->event));
        open.reset();
    }

    void closeStale(const LogRecord &record)
    {
        for (std::optional<OpenEvent> *open : {&oomd, &earlyoom}) {
            if (*open && (*open)->isStale(index, record.time))
                close(*open);
        }
        if (pendingDump
            && (index - pendingDump->index > maxIdleRecords
                || !within(pendingDump->time, record.time, maxEventSeconds)))
            pendingDump.reset();
        for (qsizetype i = pendingUnits.size() - 1; i >= 0; --i) {
            const PendingUnit &unit = pendingUnits[i];
            if (index - unit.index > maxIdleRecords
                || !within(unit.result.time, record.time, maxEventSeconds)) {
                done.append(unitOnlyOomdEvent(unit.result));
                pendingUnits.removeAt(i);
            }
        }
        nohang.closeStale(record, index);
    }

    bool dumpMatches(const CandidateDump &candidateDump, const QString &cgroup,
                     const std::optional<QDateTime> &time) const
    {
        bool anyPath = false;
        for (const OomdCandidate &candidate : candidateDump.candidates) {
            if (candidate.path.isEmpty())
                continue;
            anyPath = true;
            if (oomdPathMatches(candidate.path, cgroup))
                return within(candidateDump.time, time, maxEventSeconds);
        }
        // Without paths only closeness ties a dump to a kill.
        return !anyPath && index - candidateDump.index <= maxContextRecords
            && within(candidateDump.time, time, maxContextSeconds);
    }

    // The dump ends with the first record that does not continue it. systemd prints it
    // before the kill line (dump_kill_candidates() runs while selecting); logs pasted by
    // hand also show it after (corpus 023). It joins the open event when its paths name
    // that event's cgroup, and otherwise waits for the next kill line.
    void endDump()
    {
        CandidateDump finished = std::move(*dump);
        dump.reset();
        if (oomd && oomd->event.userspace.candidates.isEmpty()
            && !oomd->event.userspace.consideredCgroups
            && dumpMatches(finished, victimCgroup(oomd->event), oomd->event.time)) {
            attachOomdCandidates(oomd->event, finished.considered, finished.candidates,
                                 finished.lines);
            oomd->lastIndex = index;
            return;
        }
        pendingDump = std::move(finished);
    }

    void attachPendingToOomd(OomEvent &event, const LogRecord &record)
    {
        const QString cgroup = victimCgroup(event);
        if (pendingDump && dumpMatches(*pendingDump, cgroup, record.time)) {
            attachOomdCandidates(event, pendingDump->considered, pendingDump->candidates,
                                 pendingDump->lines);
            pendingDump.reset();
        }
        for (qsizetype i = 0; i < pendingUnits.size();) {
            const PendingUnit &unit = pendingUnits[i];
            if (unitMatchesCgroup(unit.result.unit, cgroup)
                && within(unit.result.time, record.time, maxEventSeconds)) {
                attachUnitResult(event, unit.result, unit.truncated);
                pendingUnits.removeAt(i);
            } else {
                ++i;
            }
        }
    }

    void openOomd(OomEvent event, const LogRecord &record)
    {
        close(oomd);
        attachPendingToOomd(event, record);
        oomd = OpenEvent{std::move(event), index};
    }

    bool takeOomd(const LogRecord &record)
    {
        const bool ours = record.ident == u"systemd-oomd";
        if (!ours && !record.ident.isEmpty())
            return false;
        const QStringView text = record.text;
        if (const auto kill = parseOomdKill(text)) {
            openOomd(startOomdEvent(record, *kill), record);
            oomdReasonPending = !kill->complete;
            oomdKillText = text.trimmed().toString();
            return true;
        }
        if (const auto dryRun = parseOomdDryRun(text)) {
            openOomd(startOomdDryRunEvent(record, *dryRun), record);
            return true;
        }
        if (const auto considered = parseOomdConsidered(text)) {
            dump = CandidateDump{considered, {}, record.lines, record.time, index};
            return true;
        }
        if (ours && oomd) {
            if (const auto note = parseOomdContextNote(text)) {
                oomd->event.notes.append(u"oomd-context: %1"_s.arg(*note));
                addContextLines(oomd->event, record.lines);
                oomd->lastIndex = index;
                return true;
            }
        }
        return false;
    }

    bool takeUnit(const LogRecord &record)
    {
        if (record.ident != u"systemd" && !record.ident.isEmpty())
            return false;
        const auto line = parseUnitResultLine(record);
        if (!line)
            return false;
        const UnitResult &result = line->result;
        const bool matchesOpen = oomd && unitMatchesCgroup(result.unit, victimCgroup(oomd->event))
            && within(oomd->event.time, result.time, maxEventSeconds);
        if (result.kind == UnitResultKind::KilledByOomd) {
            if (matchesOpen) {
                attachUnitResult(oomd->event, result, line->truncated);
                oomd->lastIndex = index;
            } else {
                pendingUnits.append(PendingUnit{result, line->truncated, index});
            }
            return true;
        }
        // OOMPolicy=stop fails the unit oomd killed with result 'oom-kill' as well.
        if (result.kind == UnitResultKind::FailedOomKill && !line->resultCut && matchesOpen) {
            attachUnitResult(oomd->event, result, line->truncated);
            oomd->lastIndex = index;
            return true;
        }
        return false;
    }

    template<typename T>
    bool fresh(const std::optional<Pending<T>> &pending, const LogRecord &record) const
    {
        return pending && index - pending->index <= maxContextRecords
            && within(pending->time, record.time, maxContextSeconds);
    }

    bool takeEarlyoom(const LogRecord &record)
    {
        const bool ours = record.ident == u"earlyoom";
        if (!ours && !record.ident.isEmpty())
            return false;
        const QStringView text = record.text;
        if (const auto kill = parseEarlyoomKill(text)) {
            // "Killing process 8230 sudo" (<= 1.0) is too plain to take from an unknown
            // program unless earlyoom's "Out of memory! avail: ..." came just before.
            const bool outOfMemoryBefore = fresh(lowMemory, record) && lowMemory->value.availMiB;
            if (!ours && kill->format == u"<=1.0" && !outOfMemoryBefore)
                return false;
            close(earlyoom);
            OomEvent event = startEarlyoomEvent(record, *kill);
            if (fresh(memReport, record))
                applyEarlyoomMemReport(event, memReport->value, memReport->lines);
            if (fresh(lowMemory, record))
                applyEarlyoomLowMemory(event, lowMemory->value, lowMemory->lines);
            memReport.reset();
            lowMemory.reset();
            earlyoom = OpenEvent{std::move(event), index};
            return true;
        }
        if (const auto report = parseEarlyoomMemReport(text)) {
            memReport = Pending<EarlyoomMemReport>{*report, record.lines, record.time, index};
            return true;
        }
        if (const auto low = parseEarlyoomLowMemory(text)) {
            lowMemory = Pending<EarlyoomLowMemory>{*low, record.lines, record.time, index};
            return true;
        }
        if (earlyoom) {
            if (const auto followUp = parseEarlyoomFollowUp(text)) {
                applyEarlyoomFollowUp(earlyoom->event, *followUp, record.lines);
                earlyoom->lastIndex = index;
                return true;
            }
        }
        return false;
    }

    bool takeContinuation(const LogRecord &record)
    {
        if (lastTaker == Taker::Oomd && oomd && oomdReasonPending) {
            // Corpus 023: "Killed <cg>" and "    due to memory pressure for ..." on two lines.
            const QString joined = oomdKillText + u' ' + QStringView(record.text).trimmed();
            const auto kill = parseOomdKill(joined);
            if (!kill)
                return false;
            applyOomdReason(oomd->event, *kill);
            oomdKillText = joined;
            oomdReasonPending = !kill->complete;
            oomd->event.lines.extend(record.lines);
            if (!oomd->event.victims.isEmpty())
                oomd->event.victims.first().line.extend(record.lines);
            if (!oomd->event.notes.contains(u"oomd-kill-line-wrapped"_s))
                oomd->event.notes.append(u"oomd-kill-line-wrapped"_s);
            oomd->lastIndex = index;
            return true;
        }
        if (lastTaker == Taker::OomdDump && dump) {
            // One journal message: every indented line is part of it, known field or not.
            addOomdCandidateLine(record.text, record.lines, dump->candidates);
            dump->lines.extend(record.lines);
            return true;
        }
        if (lastTaker == Taker::Nohang)
            return nohang.add(record, index, true);
        return false;
    }
};

UserspaceKillCollector::UserspaceKillCollector()
    : d(std::make_unique<Private>())
{
}

UserspaceKillCollector::~UserspaceKillCollector() = default;

bool UserspaceKillCollector::add(const LogRecord &record)
{
    ++d->index;
    Taker taker = Taker::None;
    if (record.continuation) {
        if (d->takeContinuation(record))
            taker = d->lastTaker;
    } else if (d->dump && d->lastTaker == Taker::OomdDump && record.ident == u"systemd-oomd"
               && addOomdCandidateLine(record.text, record.lines, d->dump->candidates)) {
        // syslog writes each line of the multi-line dump with its own prefix.
        d->dump->lines.extend(record.lines);
        taker = Taker::OomdDump;
    } else {
        if (d->dump)
            d->endDump();
        if (d->oomdReasonPending && d->oomd) {
            d->oomd->event.notes.append(u"oomd-kill-line-without-reason"_s);
            d->oomdReasonPending = false;
        }
        d->closeStale(record);
        if (d->takeOomd(record))
            taker = d->dump ? Taker::OomdDump : Taker::Oomd;
        else if (d->takeUnit(record))
            taker = Taker::Unit;
        else if (d->takeEarlyoom(record))
            taker = Taker::Earlyoom;
        else if (d->nohang.add(record, d->index, false))
            taker = Taker::Nohang;
    }
    d->lastTaker = taker;
    return taker != Taker::None;
}

void UserspaceKillCollector::finish()
{
    if (d->dump)
        d->endDump();
    d->close(d->oomd);
    d->close(d->earlyoom);
    d->nohang.finish();
    for (const PendingUnit &unit : std::as_const(d->pendingUnits))
        d->done.append(unitOnlyOomdEvent(unit.result));
    d->pendingUnits.clear();
    d->pendingDump.reset();
    d->memReport.reset();
    d->lowMemory.reset();
    d->lastTaker = Taker::None;
}

QList<OomEvent> UserspaceKillCollector::takeEvents()
{
    d->done.append(d->nohang.takeDone());
    // Events close in the order their last line arrives; callers want input order.
    std::stable_sort(d->done.begin(), d->done.end(), [](const OomEvent &a, const OomEvent &b) {
        return a.lines.first < b.lines.first;
    });
    return std::exchange(d->done, {});
}

bool UserspaceKillCollector::wantsContext() const
{
    return d->oomd || d->earlyoom || d->nohang.wantsContext() || d->dump || d->pendingDump
        || !d->pendingUnits.isEmpty()
        || (d->memReport && d->index - d->memReport->index <= maxContextRecords)
        || (d->lowMemory && d->index - d->lowMemory->index <= maxContextRecords);
}

} // namespace oom
