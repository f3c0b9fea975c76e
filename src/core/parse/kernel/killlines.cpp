// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/kernel/killlines.h"

#include "core/parse/framing/textscan.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace oom::killlines {

namespace {

// The message prefix of a kill line ("Out of memory", "Memory cgroup out of memory",
// "Out of memory (oom_kill_allocating_task)"), without the colon.
QString messageBefore(QStringView text, qsizetype at)
{
    QStringView prefix = text.left(at).trimmed();
    if (prefix.endsWith(u':'))
        prefix.chop(1);
    return prefix.toString();
}

// "N (comm)" followed by `terminators`: the comm is everything up to the last ')' before
// the first terminator found, so "runc:[2:INIT]" and "next-build (v16" both survive.
bool pidAndComm(QStringView text, qint64 *pid, QString *comm, QStringView *after)
{
    qsizetype consumed = 0;
    const auto value = textscan::leadingInt(text, &consumed);
    if (!value)
        return false;
    *pid = *value;
    QStringView rest = text.mid(consumed);
    if (rest.startsWith(u", UID ")) { // RHEL 6: "Killed process %d, UID %d, (%s) ..."
        const qsizetype open = rest.indexOf(u", (");
        if (open < 0)
            return false;
        rest = rest.mid(open + 1);
    }
    if (!rest.startsWith(u" ("))
        return false;
    rest = rest.mid(2);
    static constexpr QStringView terminators[] = {
        u") total-vm:",
        u") vsz:",
        u"), UID ",
        u") score ",
        u") sharing same memory",
        u"), now ",
        u") is already exiting",
    };
    qsizetype end = -1;
    for (QStringView t : terminators) {
        const qsizetype at = rest.indexOf(t);
        if (at >= 0 && (end < 0 || at < end))
            end = at;
    }
    if (end < 0)
        end = rest.lastIndexOf(u')');
    if (end < 0) {
        // A line cut inside the comm: keep what is there.
        *comm = rest.toString();
        *after = {};
        return true;
    }
    *comm = rest.left(end).toString();
    *after = rest.mid(end + 1);
    return true;
}

} // namespace

std::optional<Summary> parseSummary(QStringView text)
{
    const qsizetype start = text.indexOf(u"oom-kill:");
    if (start < 0)
        return std::nullopt;
    const QStringView body = text.mid(start + 9);
    // Split on the known keys, not on commas: cgroup paths may contain commas.
    struct Key {
        QStringView name;
        qsizetype at = -1;
    };
    Key keys[] = {{u"constraint="}, {u",nodemask="},  {u",cpuset="},     {u",mems_allowed="},
                  {u",oom_memcg="}, {u",global_oom"}, {u",task_memcg="}, {u",task="},
                  {u",pid="},       {u",uid="}};
    qsizetype from = 0;
    for (Key &key : keys) {
        const qsizetype at = body.indexOf(key.name, from);
        if (at >= 0) {
            key.at = at;
            from = at + key.name.size();
        }
    }
    if (keys[0].at != 0 && !body.startsWith(u','))
        return std::nullopt;
    auto value = [&](int index) -> QStringView {
        const Key &key = keys[index];
        if (key.at < 0)
            return {};
        const qsizetype valueStart = key.at + key.name.size();
        qsizetype end = body.size();
        for (const Key &other : keys) {
            if (other.at > key.at && other.at < end)
                end = other.at;
        }
        return body.mid(valueStart, end - valueStart);
    };
    Summary summary;
    summary.constraint = value(0).toString();
    summary.nodemask = value(1).toString();
    summary.cpuset = value(2).toString();
    summary.memsAllowed = value(3).toString();
    summary.oomMemcg = value(4).toString();
    summary.globalOom = keys[5].at >= 0;
    summary.taskMemcg = value(6).toString();
    summary.task = value(7).toString();
    summary.pid = textscan::toInt(value(8).trimmed());
    summary.uid = textscan::toInt(value(9).trimmed());
    return summary;
}

std::optional<Selection> parseSelection(QStringView text)
{
    qsizetype at = text.indexOf(u"Kill process ");
    if (at < 0)
        at = text.indexOf(u"kill process ");
    if (at < 0 || text.contains(u"sharing same memory"))
        return std::nullopt;
    Selection selection;
    qint64 pid = 0;
    QStringView after;
    if (!pidAndComm(text.mid(at + 13), &pid, &selection.comm, &after))
        return std::nullopt;
    if (!after.contains(u"score"))
        return std::nullopt;
    selection.pid = pid;
    selection.score = textscan::intAfter(after, u"score ");
    selection.message = messageBefore(text, at);
    return selection;
}

std::optional<Victim> parseKilled(QStringView text)
{
    const qsizetype at = text.indexOf(u"Killed process ");
    if (at < 0)
        return std::nullopt;
    Victim victim;
    qint64 pid = 0;
    QStringView after;
    if (!pidAndComm(text.mid(at + 15), &pid, &victim.comm, &after))
        return std::nullopt;
    victim.pid = pid;
    victim.message = messageBefore(text, at);
    // RHEL 6 puts the UID before the comm.
    if (const auto uid = textscan::intAfter(text.mid(at), u", UID "))
        victim.uid = uid;
    for (const auto &kv : textscan::keyValues(after)) {
        if (kv.key == u"total-vm"_s || kv.key == u"vsz"_s)
            victim.totalVmKb = KiB(kv.value);
        else if (kv.key == u"anon-rss"_s)
            victim.anonRssKb = KiB(kv.value);
        else if (kv.key == u"file-rss"_s)
            victim.fileRssKb = KiB(kv.value);
        else if (kv.key == u"shmem-rss"_s)
            victim.shmemRssKb = KiB(kv.value);
        else if (kv.key == u"UID"_s)
            victim.uid = kv.value;
        else if (kv.key == u"pgtables"_s)
            victim.pgtablesKb = KiB(kv.value);
        else if (kv.key == u"oom_score_adj"_s)
            victim.oomScoreAdj = int(kv.value);
    }
    return victim;
}

std::optional<Victim> parseSharingSameMemory(QStringView text)
{
    const qsizetype at = text.indexOf(u"ill process ");
    if (at < 1 || !text.contains(u"sharing same memory"))
        return std::nullopt;
    Victim victim;
    qint64 pid = 0;
    QStringView after;
    if (!pidAndComm(text.mid(at + 12), &pid, &victim.comm, &after))
        return std::nullopt;
    victim.pid = pid;
    victim.message = u"sharing same memory"_s;
    return victim;
}

std::optional<BeancounterKill> parseBeancounterKill(QStringView text)
{
    static constexpr QStringView lead = u"Out of memory in UB ";
    static constexpr QStringView killed = u": OOM killed process ";
    const qsizetype at = text.indexOf(lead);
    if (at < 0)
        return std::nullopt;
    const qsizetype killedAt = text.indexOf(killed, at + lead.size());
    if (killedAt < 0)
        return std::nullopt;
    BeancounterKill kill;
    kill.beancounter = text.mid(at + lead.size(), killedAt - at - lead.size()).trimmed().toString();
    if (kill.beancounter.isEmpty() || kill.beancounter.contains(u' '))
        return std::nullopt;
    qint64 pid = 0;
    QStringView after;
    if (!pidAndComm(text.mid(killedAt + killed.size()), &pid, &kill.victim.comm, &after))
        return std::nullopt;
    kill.victim.pid = pid;
    kill.victim.message = text.mid(at, killedAt - at).toString();
    kill.score = textscan::intAfter(after, u"score ");
    for (const auto &kv : textscan::keyValues(after)) {
        if (kv.key == u"vm"_s)
            kill.victim.totalVmKb = KiB(kv.value);
        else if (kv.key == u"rss"_s)
            kill.victim.rssKb = KiB(kv.value);
        else if (kv.key == u"swap"_s)
            kill.victim.swapKb = KiB(kv.value);
    }
    return kill;
}

std::optional<QString> parseOomGroup(QStringView text)
{
    static constexpr QStringView tail = u" are going to be killed due to memory.oom.group set";
    if (!text.startsWith(u"Tasks in ") || !text.contains(tail))
        return std::nullopt;
    return text.mid(9, text.indexOf(tail) - 9).toString();
}

std::optional<Reaped> parseReaper(QStringView text)
{
    const qsizetype at = text.indexOf(u"oom_reaper: ");
    if (at < 0)
        return std::nullopt;
    const QStringView body = text.mid(at + 12);
    Reaped reaped;
    QStringView rest;
    if (body.startsWith(u"reaped process ")) {
        rest = body.mid(15);
    } else if (body.startsWith(u"unable to reap pid:") || body.startsWith(u"giving up pid:")) {
        reaped.failed = true;
        rest = body.mid(body.indexOf(u':') + 1);
    } else {
        return std::nullopt;
    }
    qint64 pid = 0;
    QStringView after;
    if (!pidAndComm(rest, &pid, &reaped.comm, &after))
        return std::nullopt;
    reaped.pid = pid;
    for (const auto &kv : textscan::keyValues(after)) {
        if (kv.key == u"anon-rss"_s)
            reaped.anonRssKb = KiB(kv.value);
        else if (kv.key == u"file-rss"_s)
            reaped.fileRssKb = KiB(kv.value);
        else if (kv.key == u"shmem-rss"_s)
            reaped.shmemRssKb = KiB(kv.value);
    }
    return reaped;
}

std::optional<Panic> parsePanic(QStringView text)
{
    Panic panic;
    if (text.contains(u"panic_on_oom")) {
        panic.kind = PanicKind::PanicOnOom;
    } else if (text.contains(u"Out of memory and no killable processes")) {
        panic.kind = PanicKind::NoKillableProcess;
    } else if (text.contains(u"System is deadlocked on memory")) {
        panic.kind = PanicKind::DeadlockedOnMemory;
    } else if (text.startsWith(u"Kernel panic - not syncing")) {
        panic.kind = PanicKind::OtherPanic;
    } else {
        return std::nullopt;
    }
    panic.message = text.trimmed().toString();
    return panic;
}

std::optional<qint64> parseCallbacksSuppressed(QStringView text)
{
    const qsizetype at = text.indexOf(u" callbacks suppressed");
    if (at < 0)
        return std::nullopt;
    if (!text.startsWith(u"oom_kill_process:") && !text.startsWith(u"out_of_memory:")
        && !text.startsWith(u"dump_header:"))
        return std::nullopt;
    const qsizetype colon = text.indexOf(u':');
    return textscan::toInt(text.mid(colon + 1, at - colon - 1).trimmed());
}

bool isSysrqOomRequest(QStringView text)
{
    return text.contains(u"Manual OOM execution");
}

bool isCompactionDisabled(QStringView text)
{
    return text.startsWith(u"COMPACTION is disabled");
}

std::optional<qint64> parseAlreadyExiting(QStringView text)
{
    const qsizetype at = text.indexOf(u"OOM victim ");
    if (at < 0 || !text.contains(u"is already exiting"))
        return std::nullopt;
    return textscan::leadingInt(text.mid(at + 11));
}

} // namespace oom::killlines
