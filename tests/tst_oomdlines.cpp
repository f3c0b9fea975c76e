// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// systemd-oomd's messages, one row per systemd era (docs/kernel-formats.md §4.2). Rows quote
// corpus case 023 where it has the line; the others follow the format table and journal
// excerpts published with systemd bug reports.

#include "core/parse/userspace/oomdlines.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

class TestOomdLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kill_data();
    void kill();
    void killRejectsOtherLines_data();
    void killRejectsOtherLines();
    void dryRun_data();
    void dryRun();
    void considered();
    void candidates_data();
    void candidates();
    void pathMatches_data();
    void pathMatches();
    void contextNote();
};

void TestOomdLines::kill_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("cgroup");
    QTest::addColumn<bool>("marked");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("swap");
    QTest::addColumn<QString>("monitored");
    QTest::addColumn<double>("pressure"); // -1 = none
    QTest::addColumn<double>("limit");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<qint64>("memUsed"); // -1 = none
    QTest::addColumn<qint64>("swapUsed");
    QTest::addColumn<qint64>("swapTotal");

    const QString zcode =
        u"/user.slice/user-1000.slice/user@1000.service/app.slice/app-zcode-7806.scope"_s;
    const QString user1000 = u"/user.slice/user-1000.slice/user@1000.service"_s;

    QTest::newRow("247+ pressure, first physical line of a wrapped message (023)")
        << u"Killed "_s + zcode << zcode << false << false << false << QString() << -1.0 << -1.0
        << QString() << qint64(-1) << qint64(-1) << qint64(-1);
    QTest::newRow("247+ pressure, joined (023)")
        << u"Killed "_s + zcode + u" due to memory pressure for "_s + user1000
            + u" being 82.63% > 50.00% for > 20s with reclaim activity"_s
        << zcode << false << true << false << user1000 << 82.63 << 50.0 << u"20s"_s << qint64(-1)
        << qint64(-1) << qint64(-1);
    QTest::newRow("247+ pressure, minutes")
        << u"Killed /system.slice/postgresql.service due to memory pressure for /system.slice being 91.05% > 60.00% for > 1min 30s with reclaim activity"_s
        << u"/system.slice/postgresql.service"_s << false << true << false << u"/system.slice"_s
        << 91.05 << 60.0 << u"1min 30s"_s << qint64(-1) << qint64(-1) << qint64(-1);
    QTest::newRow("247-248 swap")
        << u"Killed /user.slice/user-1000.slice/user@1000.service/app.slice/app-firefox.scope due to swap used (8589910016) / total (8589930496) being more than 90.00%"_s
        << u"/user.slice/user-1000.slice/user@1000.service/app.slice/app-firefox.scope"_s << false
        << true << true << QString() << -1.0 << 90.0 << QString() << qint64(-1)
        << qint64(8589910016) << qint64(8589930496);
    QTest::newRow("249+ memory and swap")
        << u"Killed /user.slice/user-1002.slice/user@1002.service/app.slice/app-chrome\\x2diidheibmjbpieikekgapdklcblnmllmh\\x2dDefault@8fdcfdb58bff44a786afdfbe01c7edf7.service due to memory used (22369452032) / total (24681861120) and swap used (8589910016) / total (8589930496) being more than 90.00%"_s
        << u"/user.slice/user-1002.slice/user@1002.service/app.slice/app-chrome\\x2diidheibmjbpieikekgapdklcblnmllmh\\x2dDefault@8fdcfdb58bff44a786afdfbe01c7edf7.service"_s
        << false << true << true << QString() << -1.0 << 90.0 << QString() << qint64(22369452032)
        << qint64(8589910016) << qint64(8589930496);
    QTest::newRow("newest Marked, pressure")
        << u"Marked /user.slice/user-1000.slice/user@1000.service/app.slice/run-p1.service for killing due to memory pressure for /user.slice/user-1000.slice/user@1000.service being 36.66% > 20.00% for > 5s with reclaim activity"_s
        << u"/user.slice/user-1000.slice/user@1000.service/app.slice/run-p1.service"_s << true
        << true << false << user1000 << 36.66 << 20.0 << u"5s"_s << qint64(-1) << qint64(-1)
        << qint64(-1);
    QTest::newRow("newest Marked, swap, path abridged by the author")
        << u"Marked …ea541d95.scope for killing due to memory used (16260780032) / total (16419115008) and swap used (29560922112) / total (32838500352) being more than 90.00%"_s
        << u"…ea541d95.scope"_s << true << true << true << QString() << -1.0 << 90.0 << QString()
        << qint64(16260780032) << qint64(29560922112) << qint64(32838500352);
    QTest::newRow("wrapped inside the reason")
        << u"Killed /system.slice/a.service due to memory pressure for /system.slice being 63.30% > 50.00% for"_s
        << u"/system.slice/a.service"_s << false << false << false << u"/system.slice"_s << 63.30
        << 50.0 << QString() << qint64(-1) << qint64(-1) << qint64(-1);
}

void TestOomdLines::kill()
{
    QFETCH(QString, line);
    // Indentation (a journal continuation) does not matter.
    for (const QString &text : {line, QString(u"    "_s + line)}) {
        const auto kill = parseOomdKill(text);
        QVERIFY(kill);
        QTEST(kill->cgroup, "cgroup");
        QTEST(kill->marked, "marked");
        QTEST(kill->complete, "complete");
        QTEST(kill->swapBased, "swap");
        QTEST(kill->monitoredCgroup, "monitored");
        QTEST(kill->pressurePercent.value_or(-1), "pressure");
        QTEST(kill->limitPercent.value_or(-1), "limit");
        QTEST(kill->duration, "duration");
        QTEST(kill->memoryUsedBytes.value_or(-1), "memUsed");
        QTEST(kill->swapUsedBytes.value_or(-1), "swapUsed");
        QTEST(kill->swapTotalBytes.value_or(-1), "swapTotal");
    }
}

void TestOomdLines::killRejectsOtherLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("kernel kill line (020)")
        << u"Out of memory: Killed process 1297859 (kaspad) total-vm:46513808kB, anon-rss:25891448kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:75680kB oom_score_adj:0"_s;
    QTest::newRow("4.x kill line (033)")
        << u"Killed process 76513 (java) total-vm:26212772kB, anon-rss:4189536kB, file-rss:0kB, shmem-rss:0kB"_s;
    QTest::newRow("not a path") << u"Marked foo for killing due to memory pressure"_s;
    QTest::newRow("other reason wording") << u"Killed /system.slice/a.service because it was bad"_s;
}

void TestOomdLines::killRejectsOtherLines()
{
    QFETCH(QString, line);
    QVERIFY(!parseOomdKill(line));
}

void TestOomdLines::dryRun_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("cgroup");
    QTest::addColumn<int>("recursive"); // -1 = not said
    QTest::newRow("247+ recurse")
        << u"oomd dry-run: Would have tried to kill /sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/app.slice/app-x.scope with recurse=true"_s
        << u"/user.slice/user-1000.slice/user@1000.service/app.slice/app-x.scope"_s << 1;
    QTest::newRow("newest descendants")
        << u"oomd dry-run: Would have tried to kill /sys/fs/cgroup/system.slice/docker-344a51c7de5f.scope and all its descendants"_s
        << u"/system.slice/docker-344a51c7de5f.scope"_s << 1;
    QTest::newRow("hybrid hierarchy")
        << u"oomd dry-run: Would have tried to kill /sys/fs/cgroup/unified/system.slice/a.service with recurse=false"_s
        << u"/system.slice/a.service"_s << 0;
}

void TestOomdLines::dryRun()
{
    QFETCH(QString, line);
    const auto dryRun = parseOomdDryRun(line);
    QVERIFY(dryRun);
    QTEST(dryRun->cgroup, "cgroup");
    QTEST(dryRun->recursive ? int(*dryRun->recursive) : -1, "recursive");
}

void TestOomdLines::considered()
{
    QCOMPARE(parseOomdConsidered(u"Considered 61 cgroups for killing, top candidates were:"_s)
                 .value_or(-1),
             61); // 023
    QCOMPARE(parseOomdConsidered(u"Considered 1 cgroups for killing, top candidates were:"_s)
                 .value_or(-1),
             1);
    QVERIFY(!parseOomdConsidered(u"Considered harmful"_s));
}

void TestOomdLines::candidates_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("path"); // of the last candidate
    QTest::addColumn<double>("avg10"); // -1 = none
    QTest::addColumn<double>("avg300");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("swap");
    QTest::addColumn<qint64>("pgscan"); // -1 = none
    QTest::addColumn<LineSpan>("span");

    QTest::newRow("pressure without commas, journal indentation (023)")
        << QStringList{u"        Path: .../app.slice/app-zcode-7806.scope"_s,
                       u"                Pressure: Avg10: 84.56 Avg60: 33.68 Avg300: 8.29 Total: 32s"_s,
                       u"                Current Memory Usage: 24.8G"_s}
        << 1 << u".../app.slice/app-zcode-7806.scope"_s << 84.56 << 8.29 << u"32s"_s << u"24.8G"_s
        << QString() << qint64(-1) << LineSpan{1, 3};
    QTest::newRow("pressure with commas, every field, tabs")
        << QStringList{u"\tPath: /user.slice/user-1000.slice/user@1000.service/app.slice/dream-worker.service"_s,
                       u"\t\tMemory Pressure Limit: 0.00%"_s, u"\t\tMemory Pressure Duration: 20s"_s,
                       u"\t\tPressure: Avg10: 89.52, Avg60: 70.11, Avg300: 30.00, Total: 1min 2s"_s,
                       u"\t\tCurrent Memory Usage: 12.5G"_s, u"\t\tMemory Min: 0B"_s, u"\t\tMemory Low: 0B"_s,
                       u"\t\tPgscan: 1766013"_s, u"\t\tLast Pgscan: 1765000"_s}
        << 1 << u"/user.slice/user-1000.slice/user@1000.service/app.slice/dream-worker.service"_s << 89.52 << 30.0
        << u"1min 2s"_s << u"12.5G"_s << QString() << qint64(1766013) << LineSpan{1, 9};
    QTest::newRow("swap candidates")
        << QStringList{u"        Path: /system.slice/a.service"_s,
                       u"                Swap Usage: 1.0G"_s,
                       u"        Path: /user.slice/user-1002.slice/user@1002.service/app.slice/app-chrome.service"_s,
                       u"                Swap Usage: 2.5G"_s}
        << 2 << u"/user.slice/user-1002.slice/user@1002.service/app.slice/app-chrome.service"_s
        << -1.0 << -1.0 << QString() << QString() << u"2.5G"_s << qint64(-1) << LineSpan{3, 4};
    QTest::newRow("Path line cut away by the author")
        << QStringList{u"                Current Memory Usage: 24.8G"_s} << 1 << QString() << -1.0
        << -1.0 << QString() << u"24.8G"_s << QString() << qint64(-1) << LineSpan{1, 1};
}

void TestOomdLines::candidates()
{
    QFETCH(QStringList, lines);
    QList<OomdCandidate> candidates;
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY(addOomdCandidateLine(lines[i], LineSpan{i + 1, i + 1}, candidates));
    QTEST(int(candidates.size()), "count");
    const OomdCandidate &last = candidates.last();
    QTEST(last.path, "path");
    QTEST(last.pressureAvg10.value_or(-1), "avg10");
    QTEST(last.pressureAvg300.value_or(-1), "avg300");
    QTEST(last.pressureTotal, "total");
    QTEST(last.memoryUsage, "usage");
    QTEST(last.swapUsage, "swap");
    QTEST(last.pgscan.value_or(-1), "pgscan");
    QTEST(last.lines, "span");

    QList<OomdCandidate> none;
    QVERIFY(!addOomdCandidateLine(u"Considered 61 cgroups for killing, top candidates were:"_s,
                                  {1, 1}, none));
    QVERIFY(!addOomdCandidateLine(u"Unknown Field 3"_s, {1, 1}, none));
    QVERIFY(none.isEmpty());
}

void TestOomdLines::pathMatches_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("cgroup");
    QTest::addColumn<bool>("matches");
    const QString zcode =
        u"/user.slice/user-1000.slice/user@1000.service/app.slice/app-zcode-7806.scope"_s;
    QTest::newRow("equal") << zcode << zcode << true;
    QTest::newRow("abridged with dots (023)")
        << u".../app.slice/app-zcode-7806.scope"_s << zcode << true;
    QTest::newRow("abridged with an ellipsis") << u"…/app-zcode-7806.scope"_s << zcode << true;
    QTest::newRow("other scope") << u".../app.slice/app-zcode-7807.scope"_s << zcode << false;
    QTest::newRow("different full path") << u"/system.slice/a.service"_s << zcode << false;
}

void TestOomdLines::pathMatches()
{
    QFETCH(QString, candidate);
    QFETCH(QString, cgroup);
    QTEST(oomdPathMatches(candidate, cgroup), "matches");
}

void TestOomdLines::contextNote()
{
    QVERIFY(parseOomdContextNote(
        u"Invoking oomd prekill hook /run/oomd-hook for cgroup /system.slice/a.service"_s));
    QVERIFY(parseOomdContextNote(
        u"Rule 'big' conditions met for cgroup /system.slice/a.service for 10s, taking action kill"_s));
    QVERIFY(!parseOomdContextNote(u"Considered 61 cgroups for killing, top candidates were:"_s));
}

QTEST_APPLESS_MAIN(TestOomdLines)
#include "tst_oomdlines.moc"
