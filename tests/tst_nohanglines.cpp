// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// nohang's messages in its three eras (see parse/nohanglines.h for where each wording comes
// from): the 2018 README example, the 2019 journal excerpts of hakavlad/nohang issues #20,
// #56 and #85 (nohang/nohang at 50506274), and the v0.2 wording of src/nohang (issue #132).

#include "core/parse/userspace/nohanglines.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

class TestNohangLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void line_data();
    void line();
    void victimLine_data();
    void victimLine();
    void rejectsOtherLines();
};

void TestNohangLines::line_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("signal");
    QTest::addColumn<QString>("command");
    QTest::addColumn<double>("responseMs"); // -1 = none
    QTest::addColumn<double>("memAvailable"); // percent, -1 = none
    QTest::addColumn<double>("swapFree");

    using Kind = NohangLine::Kind;
    QTest::newRow("2019 action header (#85)")
        << u"Implement a corrective action:"_s << int(Kind::ActionHeader) << QString() << QString()
        << -1.0 << -1.0 << -1.0;
    QTest::newRow("2019 send (#85)")
        << u"  Send SIGTERM to the victim; total response time: 2255 ms"_s << int(Kind::SendSignal)
        << u"SIGTERM"_s << QString() << 2255.0 << -1.0 << -1.0;
    QTest::newRow("2019 run the command (#56)")
        << u"  Run the command: kill -TERM 12297"_s << int(Kind::RunCommand) << QString()
        << u"kill -TERM 12297"_s << -1.0 << -1.0 << -1.0;
    QTest::newRow("2019 exit status (#56)")
        << u"  Exit status: None; total response time: 7 ms"_s << int(Kind::ResponseTime)
        << QString() << QString() << 7.0 << -1.0 << -1.0;
    QTest::newRow("v0.2 action header")
        << u"Implementing a corrective action:"_s << int(Kind::ActionHeader) << QString()
        << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("v0.2 sending") << u"  Sending SIGKILL to the victim"_s << int(Kind::SendSignal)
                                  << u"SIGKILL"_s << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("v0.2 one-line form")
        << u"Implementing a corrective action: Sending SIGTERM to the victim"_s
        << int(Kind::SendSignal) << u"SIGTERM"_s << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("v0.2 executing the command")
        << u"  Executing the command: systemctl restart foo.service"_s << int(Kind::RunCommand)
        << QString() << u"systemctl restart foo.service"_s << -1.0 << -1.0 << -1.0;
    QTest::newRow("v0.2 ok") << u"OK; total response time: 12ms"_s << int(Kind::ResponseTime)
                             << QString() << QString() << 12.0 << -1.0 << -1.0;
    QTest::newRow("2018 preventing (README)")
        << u"  Preventing OOM: trying to send the SIGTERM signal to stress,"_s
        << int(Kind::PreventingOom) << u"SIGTERM"_s << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("2018 success (README)")
        << u"  Success; reaction time: 11 ms"_s << int(Kind::ResponseTime) << QString() << QString()
        << 11.0 << -1.0 << -1.0;
    QTest::newRow("2018 mem threshold (README)")
        << u"* MemAvailable (520 MiB, 8.9 %) < mem_min_sigterm (529 MiB, 9.0 %)"_s
        << int(Kind::MemoryThreshold) << u"SIGTERM"_s << QString() << -1.0 << 8.9 << -1.0;
    QTest::newRow("2018 swap threshold (README)")
        << u"  SwapFree (0 MiB, 0.0 %) < swap_min_sigterm (0 MiB, - %)"_s
        << int(Kind::MemoryThreshold) << u"SIGTERM"_s << QString() << -1.0 << -1.0 << 0.0;
    QTest::newRow("2019+ mem threshold (#132)")
        << u"  MemAvailable [383 MiB, 5.0 %] <= soft_threshold_min_mem [384 MiB, 5.0 %]"_s
        << int(Kind::MemoryThreshold) << u"SIGTERM"_s << QString() << -1.0 << 5.0 << -1.0;
    QTest::newRow("2019+ swap threshold, hard (#132 shape)")
        << u"  SwapFree [104 MiB, 5.1 %] <= hard_threshold_min_swap [205 MiB, 10.0 %]"_s
        << int(Kind::MemoryThreshold) << u"SIGKILL"_s << QString() << -1.0 << -1.0 << 5.1;
    QTest::newRow("memory status header (#132)")
        << u"Memory status that requires corrective actions:"_s << int(Kind::MemoryStatusHeader)
        << QString() << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("memory status with log-file stamp (#132)")
        << u"2023-08-10 16:53:26,460: Memory status that requires corrective actions:"_s
        << int(Kind::MemoryStatusHeader) << QString() << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("2019 highest badness (#56)")
        << u"Process with highest badness (found in 6 ms):"_s << int(Kind::HighestBadnessHeader)
        << QString() << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("v0.2 highest badness (#132)")
        << u"TOP printed in 1ms; process with highest badness:"_s << int(Kind::HighestBadnessHeader)
        << QString() << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("victim status header")
        << u"Victim status (found in 12 ms):"_s << int(Kind::VictimStatusHeader) << QString()
        << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("victim died (v0.2)") << u"The victim died in 0.051s"_s << int(Kind::VictimGone)
                                        << QString() << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("no response (#85)")
        << u"The victim doesn't respond on corrective action in 0.031 sec"_s
        << int(Kind::VictimGone) << QString() << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("memory after (#85)")
        << u"Memory status after implementing a corrective action:"_s << int(Kind::MemoryAfter)
        << QString() << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("memory after values (#85)")
        << u"  MemAvailable: 49.2 MiB, SwapFree: 1470.2 MiB"_s << int(Kind::MemoryAfter)
        << QString() << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("nothing to do (#33)")
        << u"victim badness 12 < min_badness 20; nothing to do; response time: 5 ms"_s
        << int(Kind::NothingToDo) << QString() << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("statistics (#33)") << u"  Send SIGTERM to tail: 1"_s << int(Kind::Statistics)
                                      << QString() << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("separator")
        << u">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>"_s
        << int(Kind::Separator) << QString() << QString() << -1.0 << -1.0 << -1.0;
    QTest::newRow("v0.2 separator (#132)")
        << u">>=== STARTING implement_corrective_action() ====>>"_s << int(Kind::Separator)
        << QString() << QString() << -1.0 << -1.0 << -1.0;
}

void TestNohangLines::line()
{
    QFETCH(QString, text);
    const auto line = parseNohangLine(text);
    QVERIFY(line);
    QTEST(int(line->kind), "kind");
    QTEST(line->signal, "signal");
    QTEST(line->command, "command");
    QTEST(line->responseMs.value_or(-1), "responseMs");
    QTEST(line->memAvailablePercent.value_or(-1), "memAvailable");
    QTEST(line->swapFreePercent.value_or(-1), "swapFree");
}

void TestNohangLines::victimLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("pid"); // -1 = none
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("euid");
    QTest::addColumn<int>("badness");
    QTest::addColumn<int>("oomScore");
    QTest::addColumn<int>("oomScoreAdj"); // 9999 = none
    QTest::addColumn<qint64>("vmRss");
    QTest::addColumn<qint64>("anon");
    QTest::addColumn<QString>("cgroup"); // v2
    QTest::addColumn<QString>("cmdline");

    QTest::newRow("2019 highest badness values (#56)")
        << u"  PID: 12297, Name: tail, badness: 727"_s << qint64(12297) << u"tail"_s << qint64(-1)
        << 727 << -1 << 9999 << qint64(-1) << qint64(-1) << QString() << QString();
    QTest::newRow("v0.2 highest badness values (#132)")
        << u"  PID: 903309, name: mysqld, badness: 849"_s << qint64(903309) << u"mysqld"_s
        << qint64(-1) << 849 << -1 << 9999 << qint64(-1) << qint64(-1) << QString() << QString();
    QTest::newRow("2019 badness line (#85)")
        << u"  badness:   824, oom_score:  824, oom_score_adj:  0"_s << qint64(-1) << QString()
        << qint64(-1) << 824 << 824 << 0 << qint64(-1) << qint64(-1) << QString() << QString();
    QTest::newRow("2019 VmRSS with split (#85)")
        << u"  VmRSS:     10432 MiB  (Anon: 10427 MiB, File: 6 MiB, Shmem: 0 MiB)"_s << qint64(-1)
        << QString() << qint64(-1) << -1 << -1 << 9999 << qint64(10432) << qint64(10427)
        << QString() << QString();
    QTest::newRow("2019 cgroup (#85)")
        << u"  CGroup_v2: /user.slice/user-1000.slice/session-17.scope"_s << qint64(-1) << QString()
        << qint64(-1) << -1 << -1 << 9999 << qint64(-1) << qint64(-1)
        << u"/user.slice/user-1000.slice/session-17.scope"_s << QString();
    QTest::newRow("2019 single values")
        << u"  EUID:      1000"_s << qint64(-1) << QString() << qint64(1000) << -1 << -1 << 9999
        << qint64(-1) << qint64(-1) << QString() << QString();
    QTest::newRow("cmdline keeps its commas")
        << u"  Cmdline:   python3 -c print(1, 2)"_s << qint64(-1) << QString() << qint64(-1) << -1
        << -1 << 9999 << qint64(-1) << qint64(-1) << QString() << u"python3 -c print(1, 2)"_s;
    QTest::newRow("v0.2 PID line")
        << u"  PID:       12297, name: tail, state: R, EUID: 1000, SID: 1800 (bash), lifetime: 5s"_s
        << qint64(12297) << u"tail"_s << qint64(1000) << -1 << -1 << 9999 << qint64(-1)
        << qint64(-1) << QString() << QString();
    QTest::newRow("v0.2 Vm line")
        << u"  Vm, MiB:   Size: 2100, RSS: 1970 (Anon: 1960, File: 9, Shmem: 1), Swap: 0"_s
        << qint64(-1) << QString() << qint64(-1) << -1 << -1 << 9999 << qint64(1970) << qint64(1960)
        << QString() << QString();
    QTest::newRow("2018 after the action (README)")
        << u"  Pid: 9828, Badness: 82, VmRSS: 485 MiB, VmSwap: 0 MiB"_s << qint64(9828) << QString()
        << qint64(-1) << 82 << -1 << 9999 << qint64(485) << qint64(-1) << QString() << QString();
    QTest::newRow("May 2019 victim VmRSS in KiB (#20)")
        << u"Victim VmRSS: 3268608 KiB"_s << qint64(-1) << QString() << qint64(-1) << -1 << -1
        << 9999 << qint64(3192) << qint64(-1) << QString() << QString();
}

void TestNohangLines::victimLine()
{
    QFETCH(QString, text);
    NohangVictim victim;
    QVERIFY(applyNohangVictimLine(text, victim));
    QTEST(victim.pid.value_or(-1), "pid");
    QTEST(victim.name, "name");
    QTEST(victim.euid.value_or(-1), "euid");
    QTEST(victim.badness.value_or(-1), "badness");
    QTEST(victim.oomScore.value_or(-1), "oomScore");
    QTEST(victim.oomScoreAdj.value_or(9999), "oomScoreAdj");
    QTEST(victim.vmRssMiB.value_or(-1), "vmRss");
    QTEST(victim.anonMiB.value_or(-1), "anon");
    QTEST(victim.cgroupV2, "cgroup");
    QTEST(victim.cmdline, "cmdline");

    // The same line through the classifier.
    const auto line = parseNohangLine(text);
    QVERIFY(line);
    QCOMPARE(line->kind, NohangLine::Kind::VictimField);
}

void TestNohangLines::rejectsOtherLines()
{
    QVERIFY(!parseNohangLine(u"Recheck memory levels..."_s));
    QVERIFY(!parseNohangLine(u"Found 92 processes with existing /proc/[pid]/exe realpath"_s));
    QVERIFY(!parseNohangLine(u"Started nohang.service - Sophisticated low memory handler."_s));
    NohangVictim victim;
    QVERIFY(!applyNohangVictimLine(u"MemAvailable: 49.2 MiB, SwapFree: 1470.2 MiB"_s, victim));
    QVERIFY(!applyNohangVictimLine(u"no colon here"_s, victim));
}

QTEST_APPLESS_MAIN(TestNohangLines)
#include "tst_nohanglines.moc"
