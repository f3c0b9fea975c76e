// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// earlyoom's messages, one row per release whose wording differs (docs/kernel-formats.md
// §4.3, checked against kill.c/main.c/meminfo.c of rfjakob/earlyoom). Rows marked "#N"
// quote journal excerpts from rfjakob/earlyoom issues: #49 and #65 (1.0), #121 (1.3-rc),
// #131 (1.3-rc1), #151 (1.3), #205 (1.6), #321 (v1.7-41), #354 (1.8+).

#include "core/parse/userspace/earlyoomlines.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

class TestEarlyoomLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kill_data();
    void kill();
    void killRejectsOtherLines_data();
    void killRejectsOtherLines();
    void memReport_data();
    void memReport();
    void lowMemory_data();
    void lowMemory();
    void followUp_data();
    void followUp();
};

void TestEarlyoomLines::kill_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<qint64>("uid"); // -1 = not printed
    QTest::addColumn<QString>("signal");
    QTest::addColumn<bool>("implied");
    QTest::addColumn<int>("badness"); // -1 = not printed
    QTest::addColumn<int>("oomScore");
    QTest::addColumn<int>("oomScoreAdj"); // 9999 = not printed
    QTest::addColumn<qint64>("vmRss");
    QTest::addColumn<QString>("cmdline");

    QTest::newRow("<=1.0 (#65)") << u"Killing process 8230 sudo"_s << u"<=1.0"_s << qint64(8230)
                                 << u"sudo"_s << qint64(-1) << u"SIGKILL"_s << true << -1 << -1
                                 << 9999 << qint64(-1) << QString();
    QTest::newRow("1.1") << u"Killing process: firefox, pid: 1234, badness: 873, VmRSS: 2400 MiB"_s
                         << u"1.1"_s << qint64(1234) << u"firefox"_s << qint64(-1) << u"SIGKILL"_s
                         << true << 873 << -1 << 9999 << qint64(2400) << QString();
    QTest::newRow("1.2 signal number")
        << u"Killing process 'stress' with signal 15, pid: 9828, badness: 82, VmRSS: 485 MiB"_s
        << u"1.2"_s << qint64(9828) << u"stress"_s << qint64(-1) << u"SIGTERM"_s << false << 82
        << -1 << 9999 << qint64(485) << QString();
    QTest::newRow("<=1.0 kernel thread name (#49)")
        << u"Killing process 106631 kworker/27:0-events"_s << u"<=1.0"_s << qint64(106631)
        << u"kworker/27:0-events"_s << qint64(-1) << u"SIGKILL"_s << true << -1 << -1 << 9999
        << qint64(-1) << QString();
    QTest::newRow("1.3-rc signal number (#121)")
        << u"killing process 27541 \"bash\" with signal 15: badness 550, VmRSS 7609 MiB"_s
        << u"1.3-rc"_s << qint64(27541) << u"bash"_s << qint64(-1) << u"SIGTERM"_s << false << 550
        << -1 << 9999 << qint64(7609) << QString();
    QTest::newRow("1.3-rc1 (#131)")
        << u"sending SIGTERM to process 12006 \"python3\": badness 209, VmRSS 2891 MiB"_s
        << u"1.3"_s << qint64(12006) << u"python3"_s << qint64(-1) << u"SIGTERM"_s << false << 209
        << -1 << 9999 << qint64(2891) << QString();
    QTest::newRow("1.3 (#151)")
        << u"sending SIGTERM to process 73540 \"python3\": badness 460, VmRSS 29578 MiB"_s
        << u"1.3"_s << qint64(73540) << u"python3"_s << qint64(-1) << u"SIGTERM"_s << false << 460
        << -1 << 9999 << qint64(29578) << QString();
    QTest::newRow("1.6 (#205)")
        << u"sending SIGTERM to process 696 uid 1001 \"ipfs\": badness 757, VmRSS 637 MiB"_s
        << u"1.4-1.7"_s << qint64(696) << u"ipfs"_s << qint64(1001) << u"SIGTERM"_s << false << 757
        << -1 << 9999 << qint64(637) << QString();
    QTest::newRow("1.8 elided cmdline (#354)")
        << u"sending SIGTERM to process 906175 uid 1000 \"java\": oom_score 1170, VmRSS 43912 MiB, cmdline \"...\""_s
        << u"1.8"_s << qint64(906175) << u"java"_s << qint64(1000) << u"SIGTERM"_s << false << -1
        << 1170 << 9999 << qint64(43912) << u"..."_s;
    QTest::newRow("1.4-1.7 uid")
        << u"sending SIGTERM to process 2677144 uid 996 \"llama-server\": badness 1022, VmRSS 11791 MiB"_s
        << u"1.4-1.7"_s << qint64(2677144) << u"llama-server"_s << qint64(996) << u"SIGTERM"_s
        << false << 1022 << -1 << 9999 << qint64(11791) << QString();
    QTest::newRow("1.8 oom_score and cmdline")
        << u"sending SIGKILL to process 2232050 uid 1000 \"bun\": oom_score 712, VmRSS 4514 MiB, cmdline \"bun test --timeout 60000 ./src\""_s
        << u"1.8"_s << qint64(2232050) << u"bun"_s << qint64(1000) << u"SIGKILL"_s << false << -1
        << 712 << 9999 << qint64(4514) << u"bun test --timeout 60000 ./src"_s;
    QTest::newRow("1.9 oom_score_adj")
        << u"sending SIGTERM to process 2232050 uid 1000 \"bun\": oom_score 712, oom_score_adj 0, VmRSS 4514 MiB, cmdline \"bun test --timeout 60000 ./src\""_s
        << u"1.9"_s << qint64(2232050) << u"bun"_s << qint64(1000) << u"SIGTERM"_s << false << -1
        << 712 << 0 << qint64(4514) << u"bun test --timeout 60000 ./src"_s;
    QTest::newRow("later badness in KiB")
        << u"sending SIGTERM to process 42 uid 1000 \"java\": oom_score 900, oom_score_adj 300, badness 123456 KiB, VmRSS 2048 MiB, ordering kernel_badness, cmdline \"java -jar app.jar\""_s
        << u"later"_s << qint64(42) << u"java"_s << qint64(1000) << u"SIGTERM"_s << false << -1
        << 900 << 300 << qint64(2048) << u"java -jar app.jar"_s;
    QTest::newRow("name with a quote, cmdline with commas")
        << u"sending SIGTERM to process 7 uid 0 \"a\"b\": oom_score 5, oom_score_adj -100, VmRSS 1 MiB, cmdline \"sh -c a, b\""_s
        << u"1.9"_s << qint64(7) << u"a\"b"_s << qint64(0) << u"SIGTERM"_s << false << -1 << 5
        << -100 << qint64(1) << u"sh -c a, b"_s;
    QTest::newRow("coloured terminal output")
        << u"\x1b[31msending SIGKILL to process 3 uid 1000 \"x\": badness 900, VmRSS 12 MiB\x1b[0m"_s
        << u"1.4-1.7"_s << qint64(3) << u"x"_s << qint64(1000) << u"SIGKILL"_s << false << 900 << -1
        << 9999 << qint64(12) << QString();
}

void TestEarlyoomLines::kill()
{
    QFETCH(QString, line);
    const auto kill = parseEarlyoomKill(line);
    QVERIFY(kill);
    QTEST(kill->format, "format");
    QTEST(kill->pid.value_or(-1), "pid");
    QTEST(kill->comm, "comm");
    QTEST(kill->uid.value_or(-1), "uid");
    QTEST(kill->signal, "signal");
    QTEST(kill->signalImplied, "implied");
    QTEST(kill->badness.value_or(-1), "badness");
    QTEST(kill->oomScore.value_or(-1), "oomScore");
    QTEST(kill->oomScoreAdj.value_or(9999), "oomScoreAdj");
    QTEST(kill->vmRssMiB.value_or(-1), "vmRss");
    QTEST(kill->cmdline, "cmdline");
}

void TestEarlyoomLines::killRejectsOtherLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("systemd stop logic") << u"Killing process 68864 (stress) with signal SIGKILL."_s;
    QTest::newRow("startup self-test with -d")
        << u"sending 0 (no-op signal) to process 1234 uid 0 \"earlyoom\": badness 0, VmRSS 2 MiB"_s;
    QTest::newRow("memory report")
        << u"mem avail: 11750 of 124610 MiB ( 9.43%), swap free: 207 of 16383 MiB ( 1.27%)"_s;
    QTest::newRow("kernel kill line") << u"Killed process 76513 (java) total-vm:26212772kB"_s;
}

void TestEarlyoomLines::killRejectsOtherLines()
{
    QFETCH(QString, line);
    QVERIFY(!parseEarlyoomKill(line));
}

void TestEarlyoomLines::memReport_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<qint64>("avail");
    QTest::addColumn<qint64>("total"); // -1 = not printed
    QTest::addColumn<double>("availPercent");
    QTest::addColumn<qint64>("swapFree");
    QTest::addColumn<qint64>("swapTotal");
    QTest::addColumn<double>("swapPercent");

    QTest::newRow("1.5+")
        << u"mem avail: 11750 of 124610 MiB ( 9.43%), swap free: 207 of 16383 MiB ( 1.27%)"_s
        << qint64(11750) << qint64(124610) << 9.43 << qint64(207) << qint64(16383) << 1.27;
    QTest::newRow("1.5+ field widths")
        << u"mem avail:  1200 of 17518 MiB ( 6.85%), swap free: 13345 of 47119 MiB (28.32%)"_s
        << qint64(1200) << qint64(17518) << 6.85 << qint64(13345) << qint64(47119) << 28.32;
    QTest::newRow("1.2-1.4 integer percent")
        << u"mem avail:  5259 of  7836 MiB (67 %), swap free:    0 of    0 MiB ( 0 %)"_s
        << qint64(5259) << qint64(7836) << 67.0 << qint64(0) << qint64(0) << 0.0;
    QTest::newRow("1.3-rc1 integer percent (#131)")
        << u"mem avail:  6815 of 13855 MiB (49 %), swap free:    0 of    0 MiB ( 0 %)"_s
        << qint64(6815) << qint64(13855) << 49.0 << qint64(0) << qint64(0) << 0.0;
    QTest::newRow("<=1.1 without totals (#65)")
        << u"mem avail: 4978 MiB (84 %), swap free: 5590 MiB (95 %)"_s << qint64(4978) << qint64(-1)
        << 84.0 << qint64(5590) << qint64(-1) << 95.0;
}

void TestEarlyoomLines::memReport()
{
    QFETCH(QString, line);
    const auto report = parseEarlyoomMemReport(line);
    QVERIFY(report);
    QTEST(report->memAvailMiB.value_or(-1), "avail");
    QTEST(report->memTotalMiB.value_or(-1), "total");
    QTEST(report->memAvailPercent.value_or(-1), "availPercent");
    QTEST(report->swapFreeMiB.value_or(-1), "swapFree");
    QTEST(report->swapTotalMiB.value_or(-1), "swapTotal");
    QTEST(report->swapFreePercent.value_or(-1), "swapPercent");
}

void TestEarlyoomLines::lowMemory_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("signal");
    QTest::addColumn<double>("mem"); // -1 = not printed
    QTest::addColumn<double>("swap");
    QTest::addColumn<qint64>("avail");
    QTest::addColumn<qint64>("min");

    QTest::newRow("1.5+ SIGTERM")
        << u"low memory! at or below SIGTERM limits: mem 10.00%, swap 10.00%"_s << u"SIGTERM"_s
        << 10.0 << 10.0 << qint64(-1) << qint64(-1);
    QTest::newRow("1.5+ field widths")
        << u"low memory! at or below SIGTERM limits: mem  8.00%, swap 30.42%"_s << u"SIGTERM"_s
        << 8.0 << 30.42 << qint64(-1) << qint64(-1);
    QTest::newRow("1.5+ SIGKILL")
        << u"low memory! at or below SIGKILL limits: mem  5.00%, swap  5.00%"_s << u"SIGKILL"_s
        << 5.0 << 5.0 << qint64(-1) << qint64(-1);
    QTest::newRow("1.2-1.4") << u"Low Memory! At or below SIGKILL limits (mem: 5 %, swap: 5 %)"_s
                             << u"SIGKILL"_s << 5.0 << 5.0 << qint64(-1) << qint64(-1);
    QTest::newRow("1.3 integer limits (#131)")
        << u"low memory! at or below SIGTERM limits: mem 50 %, swap 10 %"_s << u"SIGTERM"_s << 50.0
        << 10.0 << qint64(-1) << qint64(-1);
    QTest::newRow("<=1.1 (#194)") << u"Out of memory! avail: 82 MiB < min: 230 MiB"_s << QString()
                                  << -1.0 << -1.0 << qint64(82) << qint64(230);
    QTest::newRow("<=1.1 (#65)") << u"Out of memory! avail: 0 MiB < min: 587 MiB"_s << QString()
                                 << -1.0 << -1.0 << qint64(0) << qint64(587);
}

void TestEarlyoomLines::lowMemory()
{
    QFETCH(QString, line);
    const auto low = parseEarlyoomLowMemory(line);
    QVERIFY(low);
    QTEST(low->signal, "signal");
    QTEST(low->memLimitPercent.value_or(-1), "mem");
    QTEST(low->swapLimitPercent.value_or(-1), "swap");
    QTEST(low->availMiB.value_or(-1), "avail");
    QTEST(low->minMiB.value_or(-1), "min");
}

void TestEarlyoomLines::followUp_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("pid"); // -1 = not printed
    QTest::addColumn<double>("seconds"); // -1 = not printed
    QTest::addColumn<QString>("text");

    using Kind = EarlyoomFollowUp::Kind;
    QTest::newRow("1.7+ exited") << u"process 2232050 exited after 0.400 seconds"_s
                                 << int(Kind::Exited) << qint64(2232050) << 0.4 << QString();
    QTest::newRow("1.3-rc exited (#121)") << u"process 27541 exited after 1.9 seconds"_s
                                          << int(Kind::Exited) << qint64(27541) << 1.9 << QString();
    QTest::newRow("1.3-1.6 exited without pid (#131)")
        << u"process exited after 2.8 seconds"_s << int(Kind::Exited) << qint64(-1) << 2.8
        << QString();
    QTest::newRow("escalated (#131)")
        << u"escalating to SIGKILL after 2.4 seconds"_s << int(Kind::Escalated) << qint64(-1) << 2.4
        << u"escalating to SIGKILL after 2.4 seconds"_s;
    QTest::newRow("did not exit (#354)")
        << u"process 906175 did not exit"_s << int(Kind::DidNotExit) << qint64(906175) << -1.0
        << QString();
    QTest::newRow("kill failed (#205)") << u"kill failed: Timer expired"_s << int(Kind::KillFailed)
                                        << qint64(-1) << -1.0 << u"Timer expired"_s;
    QTest::newRow("v1.7-41 cmdline line (#321)")
        << u"process 2595764 cmdline \"command here\""_s << int(Kind::Cmdline) << qint64(2595764)
        << -1.0 << u"command here"_s;
    QTest::newRow("dry run") << u"dryrun, not actually sending any signal"_s << int(Kind::DryRun)
                             << qint64(-1) << -1.0 << u"dryrun, not actually sending any signal"_s;
    QTest::newRow("process group")
        << u"killing whole process group 4321 (-g flag is active)"_s << int(Kind::ProcessGroup)
        << qint64(4321) << -1.0 << u"killing whole process group 4321 (-g flag is active)"_s;
    QTest::newRow("1.8+ process_mrelease failed (#354)")
        << u"kill_release: pid=906175: process_mrelease pidfd=4 failed: Invalid argument"_s
        << int(Kind::Mrelease) << qint64(906175) << -1.0
        << u"kill_release: pid=906175: process_mrelease pidfd=4 failed: Invalid argument"_s;
}

void TestEarlyoomLines::followUp()
{
    QFETCH(QString, line);
    const auto followUp = parseEarlyoomFollowUp(line);
    QVERIFY(followUp);
    QTEST(int(followUp->kind), "kind");
    QTEST(followUp->pid.value_or(-1), "pid");
    QTEST(followUp->seconds.value_or(-1), "seconds");
    QTEST(followUp->text, "text");
}

QTEST_APPLESS_MAIN(TestEarlyoomLines)
#include "tst_earlyoomlines.moc"
