// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Grouping userspace killers' records into OomEvents. Each scenario is a sequence of
// records as the framing layer would hand them over (text without prefix, identifier,
// continuation flag); the sources of the lines are named per scenario ("#N" = an issue of
// rfjakob/earlyoom or hakavlad/nohang quoting the journal).

#include "core/parse/userspace/userspacekillcollector.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

struct Line {
    QString ident;
    QString text;
    bool continuation = false;
};

// Records numbered from 1, one physical line each, all in the same second unless the
// scenario says otherwise.
QList<LogRecord> records(const QList<Line> &lines, const QDateTime &time = {})
{
    QList<LogRecord> out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        LogRecord r;
        r.lines = {i + 1, i + 1};
        r.text = lines[i].text;
        r.ident = lines[i].ident;
        r.continuation = lines[i].continuation;
        if (time.isValid())
            r.time = time;
        r.host = u"test-vm"_s;
        out.append(r);
    }
    return out;
}

QList<OomEvent> collect(const QList<LogRecord> &input, QList<bool> *taken = nullptr)
{
    UserspaceKillCollector collector;
    for (const LogRecord &r : input) {
        const bool took = collector.add(r);
        if (taken)
            taken->append(took);
    }
    collector.finish();
    return collector.takeEvents();
}

const QString oomd = u"systemd-oomd"_s;
const QString systemd = u"systemd"_s;
const QString earlyoom = u"earlyoom"_s;

bool hasNote(const OomEvent &event, const QString &prefix)
{
    for (const QString &note : event.notes) {
        if (note.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace

class TestUserspaceKillCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oomdWrappedWithUnitBeforeAndDumpAfter();
    void oomdDumpBeforeKill_data();
    void oomdDumpBeforeKill();
    void oomdMarkedWithUnitAfter();
    void oomdUnitLineOnly();
    void oomdDryRun();
    void earlyoomKill_data();
    void earlyoomKill();
    void earlyoomRetries();
    void earlyoomPlainKillingNeedsContext();
    void nohang2019Journal();
    void nohangV02LogFile();
    void nohang2018Readme();
    void leavesOtherRecords_data();
    void leavesOtherRecords();
    void wantsContext();
};

void TestUserspaceKillCollector::oomdWrappedWithUnitBeforeAndDumpAfter()
{
    // Corpus 023, as pasted: the user manager's line first, the kill message wrapped over
    // two physical lines, then the candidate dump.
    const QString zcode =
        u"/user.slice/user-1000.slice/user@1000.service/app.slice/app-zcode-7806.scope"_s;
    const auto input = records({
        {systemd, u"app-zcode-7806.scope: systemd-oomd killed some process(es) in this unit."_s},
        {oomd, u"Killed "_s + zcode},
        {oomd,
         u"    due to memory pressure for /user.slice/user-1000.slice/user@1000.service being 82.63% > 50.00% for > 20s with reclaim activity"_s,
         true},
        {oomd, u"Considered 61 cgroups for killing, top candidates were:"_s},
        {oomd, u"        Path: .../app.slice/app-zcode-7806.scope"_s, true},
        {oomd, u"                Pressure: Avg10: 84.56 Avg60: 33.68 Avg300: 8.29 Total: 32s"_s,
         true},
        {oomd, u"                Current Memory Usage: 24.8G"_s, true},
    });
    QList<bool> taken;
    const auto events = collect(input, &taken);
    QCOMPARE(taken, QList<bool>(7, true));
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.kind, EventKind::UserspaceKill);
    QCOMPARE(e.killer, Killer::SystemdOomd);
    QCOMPARE(e.lines, (LineSpan{1, 7}));
    QCOMPARE(e.host, u"test-vm"_s);
    QVERIFY(e.sourcePath.isEmpty());
    QCOMPARE(e.victims.size(), 1);
    QCOMPARE(e.victims[0].cgroup, zcode);
    QCOMPARE(e.victims[0].line, (LineSpan{2, 3}));
    QCOMPARE(e.userspace.monitoredCgroup, u"/user.slice/user-1000.slice/user@1000.service"_s);
    QCOMPARE(e.userspace.pressurePercent.value_or(-1), 82.63);
    QCOMPARE(e.userspace.limitPercent.value_or(-1), 50.0);
    QCOMPARE(e.userspace.duration, u"20s"_s);
    QVERIFY(!e.userspace.swapBased);
    QCOMPARE(e.userspace.signal, u"SIGKILL"_s);
    QCOMPARE(e.userspace.consideredCgroups.value_or(-1), 61);
    QCOMPARE(e.userspace.candidates.size(), 1);
    QCOMPARE(e.userspace.candidates[0].pressureAvg10.value_or(-1), 84.56);
    QCOMPARE(e.userspace.candidates[0].memoryUsage, u"24.8G"_s);
    QCOMPARE(e.userspace.contextLines, (LineSpan{4, 7}));
    QCOMPARE(e.units.size(), 1);
    QCOMPARE(e.units[0].kind, UnitResultKind::KilledByOomd);
    QCOMPARE(e.units[0].unit, u"app-zcode-7806.scope"_s);
    QVERIFY(hasNote(e, u"oomd-kill-line-wrapped"_s));
    QVERIFY(hasNote(e, u"oomd-candidate-path-abridged"_s));
}

void TestUserspaceKillCollector::oomdDumpBeforeKill_data()
{
    QTest::addColumn<bool>("withTimes");
    QTest::newRow("journal with clocks") << true;
    QTest::newRow("text without clocks") << false;
}

void TestUserspaceKillCollector::oomdDumpBeforeKill()
{
    // systemd 249+ swap kills as journalctl prints them: dump_kill_candidates() logs while
    // selecting, so the dump precedes its kill line. Two kills in a row must each keep
    // their own dump.
    QFETCH(bool, withTimes);
    const QString chrome =
        u"/user.slice/user-1002.slice/user@1002.service/app.slice/app-chrome.service"_s;
    const QString code =
        u"/user.slice/user-1002.slice/user@1002.service/app.slice/app-code.scope"_s;
    const QString reason =
        u" due to memory used (22369452032) / total (24681861120) and swap used (8589910016) / total (8589930496) being more than 90.00%"_s;
    const auto input = records(
        {
            {oomd, u"Considered 41 cgroups for killing, top candidates were:"_s},
            {oomd, u"        Path: "_s + chrome, true},
            {oomd, u"                Swap Usage: 2.5G"_s, true},
            {oomd, u"Killed "_s + chrome + reason},
            {oomd, u"Considered 43 cgroups for killing, top candidates were:"_s},
            {oomd, u"        Path: "_s + code, true},
            {oomd, u"                Swap Usage: 1.9G"_s, true},
            {oomd, u"Killed "_s + code + reason},
        },
        withTimes ? QDateTime(QDate(2026, 8, 27), QTime(5, 51, 41), QTimeZone::utc())
                  : QDateTime());
    const auto events = collect(input);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].victims[0].cgroup, chrome);
    QCOMPARE(events[0].userspace.consideredCgroups.value_or(-1), 41);
    QCOMPARE(events[0].userspace.candidates.size(), 1);
    QCOMPARE(events[0].userspace.candidates[0].swapUsage, u"2.5G"_s);
    QCOMPARE(events[0].lines, (LineSpan{1, 4}));
    QVERIFY(events[0].userspace.swapBased);
    QCOMPARE(valueOf(events[0].userspace.swapTotalBytes).value_or(-1), 8589930496);
    QCOMPARE(valueOf(events[0].userspace.memoryUsedBytes).value_or(-1), 22369452032);
    QCOMPARE(events[1].victims[0].cgroup, code);
    QCOMPARE(events[1].userspace.consideredCgroups.value_or(-1), 43);
    QCOMPARE(events[1].userspace.candidates[0].swapUsage, u"1.9G"_s);
    QCOMPARE(events[1].lines, (LineSpan{5, 8}));
}

void TestUserspaceKillCollector::oomdMarkedWithUnitAfter()
{
    // Newest systemd: "Marked ... for killing", then PID 1's unit line; a kernel line in
    // between belongs to someone else.
    const QString scope =
        u"/user.slice/user-1000.slice/user@1000.service/app.slice/app-graphical.slice/app-Hyprland-xdg\\x2dterminal\\x2dexec-ea541d95.scope"_s;
    const auto input = records({
        {oomd, u"Considered 21 cgroups for killing, top candidates were:"_s},
        {oomd,
         u"    Path: …/app.slice/app-graphical.slice/app-Hyprland-xdg\\x2dterminal\\x2dexec-ea541d95.scope"_s,
         true},
        {oomd, u"        Swap Usage: 22G"_s, true},
        {oomd,
         u"Marked "_s + scope
             + u" for killing due to memory used (16260780032) / total (16419115008) and swap used (29560922112) / total (32838500352) being more than 90.00%"_s},
        {u"kernel"_s, u"audit: type=1131 audit(1727284018.123:456): pid=1 uid=0 msg='unit=foo'"_s},
        {systemd,
         u"app-Hyprland-xdg\\x2dterminal\\x2dexec-ea541d95.scope: systemd-oomd killed 1463 process(es) in this unit."_s},
    });
    QList<bool> taken;
    const auto events = collect(input, &taken);
    QCOMPARE(taken, (QList<bool>{true, true, true, true, false, true}));
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.victims[0].cgroup, scope);
    QVERIFY(hasNote(e, u"oomd-marked-for-killing"_s));
    QCOMPARE(e.userspace.candidates.size(), 1);
    QCOMPARE(e.units.size(), 1);
    QCOMPARE(e.units[0].processes.value_or(-1), 1463);
    QCOMPARE(e.lines, (LineSpan{1, 6}));
}

void TestUserspaceKillCollector::oomdUnitLineOnly()
{
    // A user journal has only the manager's line: still an oomd kill.
    const auto input = records({
        {systemd,
         u"app-Hyprland-xdg\\x2dterminal\\x2dexec-977517a3.scope: systemd-oomd killed 1798 process(es) in this unit."_s},
        {systemd,
         u"app-Hyprland-xdg\\x2dterminal\\x2dexec-977517a3.scope: Consumed 1h 2min 3.456s CPU time."_s},
    });
    QList<bool> taken;
    const auto events = collect(input, &taken);
    QCOMPARE(taken, (QList<bool>{true, false}));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].killer, Killer::SystemdOomd);
    QVERIFY(events[0].victims.isEmpty());
    QCOMPARE(events[0].units.size(), 1);
    QCOMPARE(events[0].units[0].processes.value_or(-1), 1798);
    QVERIFY(hasNote(events[0], u"only-unit-result-in-log"_s));
}

void TestUserspaceKillCollector::oomdDryRun()
{
    const auto input = records({
        {oomd, u"Considered 3 cgroups for killing, top candidates were:"_s},
        {oomd, u"        Path: /system.slice/docker-344a51c7de5f.scope"_s, true},
        {oomd, u"                Swap Usage: 856M"_s, true},
        {oomd,
         u"oomd dry-run: Would have tried to kill /sys/fs/cgroup/system.slice/docker-344a51c7de5f.scope and all its descendants"_s},
    });
    const auto events = collect(input);
    QCOMPARE(events.size(), 1);
    QVERIFY(events[0].userspace.dryRun);
    QCOMPARE(events[0].victims[0].cgroup, u"/system.slice/docker-344a51c7de5f.scope"_s);
    QCOMPARE(events[0].userspace.candidates.size(), 1);
}

void TestUserspaceKillCollector::earlyoomKill_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("ident");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<qint64>("uid"); // -1 = not printed
    QTest::addColumn<QString>("signal");
    QTest::addColumn<int>("badness");
    QTest::addColumn<qint64>("vmRss");
    QTest::addColumn<double>("memAvailable"); // percent; -1 = not printed
    QTest::addColumn<double>("limit");
    QTest::addColumn<LineSpan>("span");
    QTest::addColumn<QString>("note"); // a note the event must have

    QTest::newRow("1.9 journal, exit report after the kill")
        << QStringList{u"mem avail:  1200 of 17518 MiB ( 6.85%), swap free: 13345 of 47119 MiB (28.32%)"_s,
                       u"low memory! at or below SIGTERM limits: mem  8.00%, swap 30.42%"_s,
                       u"sending SIGTERM to process 2232050 uid 1000 \"bun\": oom_score 712, oom_score_adj 0, VmRSS 4514 MiB, cmdline \"bun test --timeout 60000 ./src\""_s,
                       u"process 2232050 exited after 0.400 seconds"_s}
        << earlyoom << qint64(2232050) << u"bun"_s << qint64(1000) << u"SIGTERM"_s << 712 << qint64(4514) << 6.85 << 8.0
        << LineSpan{1, 4} << u"earlyoom-victim-exited: 0.400 s"_s;
    QTest::newRow("1.5 low memory before the memory report order, escalation")
        << QStringList{u"low memory! at or below SIGTERM limits: mem 10.00%, swap 10.00%"_s,
                       u"mem avail: 11750 of 124610 MiB ( 9.43%), swap free: 207 of 16383 MiB ( 1.27%)"_s,
                       u"sending SIGTERM to process 2677144 uid 996 \"llama-server\": badness 1022, VmRSS 11791 MiB"_s,
                       u"escalating to SIGKILL after 0.500 seconds"_s}
        << earlyoom << qint64(2677144) << u"llama-server"_s << qint64(996) << u"SIGTERM"_s << 1022
        << qint64(11791) << 9.43 << 10.0 << LineSpan{1, 4}
        << u"earlyoom-escalated-to-sigkill: 0.500 s"_s;
    QTest::newRow("1.0 without an identifier (#65)")
        << QStringList{u"mem avail: 0 MiB (0 %), swap free: 570 MiB (9 %)"_s,
                       u"Out of memory! avail: 0 MiB < min: 587 MiB"_s,
                       u"Killing process 8240 mate-notificati"_s}
        << QString() << qint64(8240) << u"mate-notificati"_s << qint64(-1) << u"SIGKILL"_s << -1
        << qint64(-1) << 0.0 << -1.0 << LineSpan{1, 3}
        << u"earlyoom-below-minimum: 0 MiB < 587 MiB"_s;
    QTest::newRow("1.3-rc with its own exit report (#121)")
        << QStringList{u"mem avail:  1524 of 13855 MiB (10 %), swap free:    0 of    0 MiB ( 0 %)"_s,
                       u"low memory! at or below SIGTERM limits: mem 10 %, swap 10 %"_s,
                       u"killing process 27541 \"bash\" with signal 15: badness 550, VmRSS 7609 MiB"_s,
                       u"process 27541 exited after 1.9 seconds"_s}
        << earlyoom << qint64(27541) << u"bash"_s << qint64(-1) << u"SIGTERM"_s << 550 << qint64(7609) << 10.0
        << 10.0 << LineSpan{1, 4} << u"earlyoom-victim-exited: 1.900 s"_s;
}

void TestUserspaceKillCollector::earlyoomKill()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, ident);
    QList<Line> input;
    for (const QString &line : std::as_const(lines))
        input.append({ident, line});
    QList<bool> taken;
    const auto events = collect(records(input), &taken);
    QCOMPARE(taken, QList<bool>(lines.size(), true));
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.killer, Killer::Earlyoom);
    QCOMPARE(e.victims.size(), 1);
    QTEST(e.victims[0].pid.value_or(-1), "pid");
    QTEST(e.victims[0].comm, "comm");
    QTEST(e.victims[0].uid.value_or(-1), "uid");
    QTEST(e.userspace.signal, "signal");
    QTEST(e.userspace.badness.value_or(-1), "badness");
    QTEST(e.userspace.vmRssMiB.value_or(-1), "vmRss");
    QTEST(e.userspace.memAvailablePercent.value_or(-1), "memAvailable");
    QTEST(e.userspace.limitPercent.value_or(-1), "limit");
    QTEST(e.lines, "span");
    QFETCH(QString, note);
    QVERIFY2(e.notes.contains(note), qPrintable(e.notes.join(u"; ")));
    // Anon/file RSS are not in earlyoom's line: unknown, not 0.
    QVERIFY(!e.victims[0].anonRssKb);
}

void TestUserspaceKillCollector::earlyoomRetries()
{
    // rfjakob/earlyoom issue #354 (1.8+): the victim ignores SIGTERM, earlyoom gives up
    // after 10 s and tries again; each attempt is its own event.
    QList<LogRecord> input = records({
        {earlyoom,
         u"mem avail:   888 of 55597 MiB ( 1.60%), swap free:    0 of 8191 MiB ( 0.00%)"_s},
        {earlyoom, u"low memory! at or below SIGTERM limits: mem  1.66%, swap 10.00%"_s},
        {earlyoom,
         u"sending SIGTERM to process 906175 uid 1000 \"java\": oom_score 1170, VmRSS 43912 MiB, cmdline \"...\""_s},
        {earlyoom,
         u"kill_release: pid=906175: process_mrelease pidfd=4 failed: Invalid argument"_s},
        {earlyoom, u"process 906175 did not exit"_s},
        {earlyoom, u"kill failed: Timer expired"_s},
        {earlyoom,
         u"mem avail:   896 of 55599 MiB ( 1.61%), swap free:    0 of 8191 MiB ( 0.00%)"_s},
        {earlyoom, u"low memory! at or below SIGTERM limits: mem  1.66%, swap 10.00%"_s},
        {earlyoom,
         u"sending SIGTERM to process 906175 uid 1000 \"java\": oom_score 1170, VmRSS 43912 MiB, cmdline \"...\""_s},
    });
    const QDateTime first(QDate(2025, 11, 12), QTime(17, 8, 27), QTimeZone::utc());
    for (qsizetype i = 0; i < input.size(); ++i)
        input[i].time = first.addSecs(i < 4 ? 0 : 10);
    const auto events = collect(input);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].lines, (LineSpan{1, 6}));
    QCOMPARE(events[0].userspace.badness.value_or(-1), 1170);
    QCOMPARE(events[0].userspace.memAvailablePercent.value_or(-1), 1.60);
    QCOMPARE(valueOf(events[0].userspace.memoryTotalBytes).value_or(-1),
             qint64(55597) * 1024 * 1024);
    QCOMPARE(valueOf(events[0].userspace.swapTotalBytes).value_or(-1), qint64(8191) * 1024 * 1024);
    QCOMPARE(valueOf(events[0].userspace.swapUsedBytes).value_or(-1), qint64(8191) * 1024 * 1024);
    QVERIFY(events[0].notes.contains(u"earlyoom-victim-did-not-exit"_s));
    QVERIFY(events[0].notes.contains(u"earlyoom-kill-failed: Timer expired"_s));
    QVERIFY(hasNote(events[0], u"earlyoom-process-mrelease: kill_release: pid=906175"_s));
    QCOMPARE(events[1].lines, (LineSpan{7, 9}));
    QCOMPARE(events[1].userspace.memAvailablePercent.value_or(-1), 1.61);
    QCOMPARE(*events[1].time, first.addSecs(10));
}

void TestUserspaceKillCollector::earlyoomPlainKillingNeedsContext()
{
    // systemd's stop logic and earlyoom <= 1.0 share "Killing process N ..."; without an
    // identifier the plain form needs earlyoom's "Out of memory!" just before.
    const auto input = records({
        {QString(), u"Killing process 68864 stress"_s},
        {QString(), u"Killing process 68864 (stress) with signal SIGKILL."_s},
    });
    QList<bool> taken;
    const auto events = collect(input, &taken);
    QCOMPARE(taken, (QList<bool>{false, false}));
    QVERIFY(events.isEmpty());
}

void TestUserspaceKillCollector::nohang2019Journal()
{
    // hakavlad/nohang issue #85 (nohang-desktop, 2019 wording): the journal shows every line
    // of nohang's multi-line messages as its own entry. The lines above "badness:" are the
    // ones find_victim_info() prints there (nohang/nohang at 50506274).
    const QString ident = u"nohang-desktop"_s;
    const auto input = records({
        {ident, u"Victim status (found in 12 ms):"_s},
        {ident, u"  Name:      python3"_s},
        {ident, u"  State:     R (running)"_s},
        {ident, u"  PID:       11500"_s},
        {ident, u"  EUID:      1000"_s},
        {ident, u"  badness:   824, oom_score:  824, oom_score_adj:  0"_s},
        {ident, u"  VmSize:    19880 MiB"_s},
        {ident, u"  VmRSS:     10432 MiB  (Anon: 10427 MiB, File: 6 MiB, Shmem: 0 MiB)"_s},
        {ident, u"  VmSwap:     9422 MiB"_s},
        {ident, u"  CGroup_v1: /user.slice/user-1000.slice/session-17.scope"_s},
        {ident, u"  CGroup_v2: /user.slice/user-1000.slice/session-17.scope"_s},
        {ident, u"  NSsid:     11439 (bash)"_s},
        {ident, u"  Realpath:  /usr/bin/python3.6"_s},
        {ident, u"  Cwd:       /home/luni3359"_s},
        {ident, u"  Lifetime:  42 min 20 sec"_s},
        {ident, u"Implement a corrective action:"_s},
        {ident, u"  Send SIGTERM to the victim; total response time: 2255 ms"_s},
        {ident, u"The victim doesn't respond on corrective action in 0.031 sec"_s},
        {ident, u"Memory status after implementing a corrective action:"_s},
        {ident, u"  MemAvailable: 49.2 MiB, SwapFree: 1470.2 MiB"_s},
    });
    const auto events = collect(input);
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.killer, Killer::Nohang);
    QCOMPARE(e.victims[0].pid.value_or(-1), 11500);
    QCOMPARE(e.victims[0].comm, u"python3"_s);
    QCOMPARE(e.victims[0].uid.value_or(-1), 1000);
    QCOMPARE(e.victims[0].cgroup, u"/user.slice/user-1000.slice/session-17.scope"_s);
    QCOMPARE(e.victims[0].oomScoreAdj.value_or(9999), 0);
    QCOMPARE(valueOf(e.victims[0].anonRssKb).value_or(-1), 10427 * 1024);
    QCOMPARE(e.victims[0].line, (LineSpan{17, 17}));
    QCOMPARE(e.userspace.signal, u"SIGTERM"_s);
    QCOMPARE(e.userspace.badness.value_or(-1), 824);
    QCOMPARE(e.userspace.vmRssMiB.value_or(-1), 10432);
    QCOMPARE(e.lines, (LineSpan{1, 20}));
    QVERIFY(hasNote(e, u"nohang-victim-gone: The victim doesn't respond"_s));
    QVERIFY(hasNote(e, u"nohang-response-time: 2255 ms"_s));
}

void TestUserspaceKillCollector::nohangV02LogFile()
{
    // nohang v0.2 writing its own log file (issue #132): multi-line messages continue on
    // indented lines without a stamp, which the framing marks as continuations.
    const auto input = records({
        {QString(),
         u"2023-08-10 16:53:26,460: >>=== STARTING implement_corrective_action() ====>>"_s},
        {QString(), u"2023-08-10 16:53:26,460: Memory status that requires corrective actions:"_s},
        {QString(), u"  MemAvailable [383 MiB, 5.0 %] <= soft_threshold_min_mem [384 MiB, 5.0 %]"_s,
         true},
        {QString(), u"  SwapFree [104 MiB, 5.1 %] <= soft_threshold_min_swap [205 MiB, 10.0 %]"_s,
         true},
        {QString(),
         u"2023-08-10 16:53:26,463: TOP printed in 1ms; process with highest badness:"_s},
        {QString(), u"  PID: 903309, name: mysqld, badness: 849"_s, true},
        {QString(), u"2023-08-10 16:53:26,463: Recheck memory levels..."_s},
        {QString(), u"2023-08-10 16:53:26,465: Implementing a corrective action:"_s},
        {QString(), u"  Sending SIGTERM to the victim"_s, true},
        {QString(), u"2023-08-10 16:53:26,466: OK; total response time: 6ms"_s},
        {QString(), u"2023-08-10 16:53:26,560: The victim died in 0.094s"_s},
        {QString(),
         u"2023-08-10 16:53:26,560: <<=== FINISHING implement_corrective_action() ===<<"_s},
    });
    const auto events = collect(input);
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.killer, Killer::Nohang);
    QCOMPARE(e.victims[0].pid.value_or(-1), 903309);
    QCOMPARE(e.victims[0].comm, u"mysqld"_s);
    QCOMPARE(e.userspace.badness.value_or(-1), 849);
    QCOMPARE(e.userspace.signal, u"SIGTERM"_s);
    QCOMPARE(e.userspace.memAvailablePercent.value_or(-1), 5.0);
    QCOMPARE(e.userspace.swapFreePercent.value_or(-1), 5.1);
    QCOMPARE(e.victims[0].line, (LineSpan{9, 9}));
    QCOMPARE(e.lines, (LineSpan{1, 11}));
}

void TestUserspaceKillCollector::nohang2018Readme()
{
    // The example output of the 2018 README of hakavlad/nohang, as a journal would show it.
    const QString ident = u"nohang"_s;
    const auto input = records({
        {ident, u"MemAvail:  520 M,  8.9 %"_s},
        {ident, u"* MemAvailable (520 MiB, 8.9 %) < mem_min_sigterm (529 MiB, 9.0 %)"_s},
        {ident, u"  SwapFree (0 MiB, 0.0 %) < swap_min_sigterm (0 MiB, - %)"_s},
        {ident, u"  Preventing OOM: trying to send the SIGTERM signal to stress,"_s},
        {ident, u"  Pid: 9828, Badness: 82, VmRSS: 485 MiB, VmSwap: 0 MiB"_s},
        {ident, u"  Success; reaction time: 11 ms"_s},
        {ident, u"MemAvail: 4114 M, 70.0 %"_s},
        {ident, u"* MemAvailable (342 MiB, 5.8 %) < mem_min_sigkill (353 MiB, 6.0 %)"_s},
        {ident, u"  SwapFree (0 MiB, 0.0 %) < swap_min_sigkill (0 MiB, - %)"_s},
        {ident, u"  Preventing OOM: trying to send the SIGKILL signal to stress,"_s},
        {ident, u"  Pid: 9841, Badness: 87, VmRSS: 513 MiB, VmSwap: 0 MiB"_s},
        {ident, u"  Success; reaction time: 11 ms"_s},
    });
    const auto events = collect(input);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].victims[0].comm, u"stress"_s);
    QCOMPARE(events[0].victims[0].pid.value_or(-1), 9828);
    QCOMPARE(events[0].userspace.badness.value_or(-1), 82);
    QCOMPARE(events[0].userspace.vmRssMiB.value_or(-1), 485);
    QCOMPARE(events[0].userspace.memAvailablePercent.value_or(-1), 8.9);
    QCOMPARE(events[0].userspace.swapFreePercent.value_or(-1), 0.0);
    QCOMPARE(events[0].userspace.signal, u"SIGTERM"_s);
    QCOMPARE(events[0].lines, (LineSpan{2, 6}));
    QCOMPARE(events[1].victims[0].pid.value_or(-1), 9841);
    QCOMPARE(events[1].userspace.signal, u"SIGKILL"_s);
    QCOMPARE(events[1].lines, (LineSpan{8, 12}));
}

void TestUserspaceKillCollector::leavesOtherRecords_data()
{
    QTest::addColumn<QString>("ident");
    QTest::addColumn<QString>("text");
    QTest::newRow("kernel kill line (020)")
        << u"kernel"_s
        << u"Out of memory: Killed process 1297859 (kaspad) total-vm:46513808kB, anon-rss:25891448kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:75680kB oom_score_adj:0"_s;
    QTest::newRow("kernel kill without identifier (033)")
        << QString()
        << u"Killed process 76513 (java) total-vm:26212772kB, anon-rss:4189536kB, file-rss:0kB, shmem-rss:0kB"_s;
    QTest::newRow("unit line of a kernel kill (020)")
        << systemd
        << u"session-689.scope: A process of this unit has been killed by the OOM killer."_s;
    QTest::newRow("failed result of a kernel kill (042)")
        << systemd << u"highload-stress-test.service: Failed with result 'oom-kill'."_s;
    QTest::newRow("containerd TaskOOM (051)")
        << u"containerd"_s
        << u"time=\"2025-04-14T05:21:34.519809409+08:00\" level=info msg=\"TaskOOM event &TaskOOM{ContainerID:198301288f1414171589a049d5f75f9e4c871b8b3e5ad5af12051fdcc65da726,XXX_unrecognized:[],}\""_s;
    QTest::newRow("stress worker (042)")
        << u"stress"_s << u"stress: FAIL: [68862] (425) <-- worker 68864 got signal 9"_s;
    QTest::newRow("a continuation nobody opened")
        << QString() << u"    Path: /system.slice/a.service"_s;
}

void TestUserspaceKillCollector::leavesOtherRecords()
{
    QFETCH(QString, ident);
    QFETCH(QString, text);
    LogRecord r;
    r.lines = {1, 1};
    r.ident = ident;
    r.text = text;
    r.continuation = qstrcmp(QTest::currentDataTag(), "a continuation nobody opened") == 0;
    UserspaceKillCollector collector;
    QVERIFY(!collector.add(r));
    QVERIFY(!collector.wantsContext());
    collector.finish();
    QVERIFY(collector.takeEvents().isEmpty());
}

void TestUserspaceKillCollector::wantsContext()
{
    UserspaceKillCollector collector;
    const auto input = records({
        {earlyoom, u"low memory! at or below SIGTERM limits: mem 10.00%, swap 10.00%"_s},
        {earlyoom,
         u"sending SIGTERM to process 42 uid 1000 \"java\": badness 900, VmRSS 2048 MiB"_s},
    });
    QVERIFY(!collector.wantsContext());
    QVERIFY(collector.add(input[0]));
    QVERIFY(collector.wantsContext()); // the kill line may follow
    QVERIFY(collector.add(input[1]));
    QVERIFY(collector.wantsContext()); // "process 42 exited after ..." may follow
    QVERIFY(collector.takeEvents().isEmpty()); // still open
    // Enough unrelated records close it.
    LogRecord other;
    other.ident = u"kernel"_s;
    other.text = u"usb 1-1: new high-speed USB device number 2 using ehci-pci"_s;
    for (int i = 0; i < 70; ++i) {
        other.lines = {10 + i, 10 + i};
        QVERIFY(!collector.add(other));
    }
    QVERIFY(!collector.wantsContext());
    const auto events = collector.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].victims[0].comm, u"java"_s);
    QCOMPARE(events[0].userspace.limitPercent.value_or(-1), 10.0);
    collector.finish();
    QVERIFY(collector.takeEvents().isEmpty());
}

QTEST_APPLESS_MAIN(TestUserspaceKillCollector)
#include "tst_userspacekillcollector.moc"
