// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The systemd service manager's unit lines after an OOM kill and `systemctl status`
// output (docs/kernel-formats.md §4.1). Rows quote the corpus case they come from; rows marked
// §4.1 follow the format table.

#include "core/parse/userspace/systemdunitlines.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

LogRecord record(const QString &text, qint64 line = 1, const QString &ident = u"systemd"_s)
{
    LogRecord r;
    r.text = text;
    r.ident = ident;
    r.lines = {line, line};
    return r;
}

} // namespace

class TestSystemdUnitLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitResult_data();
    void unitResult();
    void rejectsOtherLines_data();
    void rejectsOtherLines();
    void confirmedOnly();
    void resourceSummary_data();
    void resourceSummary();
    void size_data();
    void size();
    void timestamp_data();
    void timestamp();
    void statusBlock_data();
    void statusBlock();
};

void TestSystemdUnitLines::unitResult_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("processes"); // -1 = not printed
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<bool>("resultCut");

    const int kernel = int(UnitResultKind::KilledByKernelOom);
    const int failed = int(UnitResultKind::FailedOomKill);
    const int oomd = int(UnitResultKind::KilledByOomd);

    QTest::newRow("243+ kernel kill, session scope (020)")
        << u"session-689.scope: A process of this unit has been killed by the OOM killer."_s
        << u"session-689.scope"_s << kernel << qint64(-1) << false << false;
    QTest::newRow("243+ kernel kill, docker scope (021)")
        << u"docker-60ef727c9751aac9084702bca274544f94f1bb070ace95e8a79911c22b01a91d.scope: A process of this unit has been killed by the OOM killer."_s
        << u"docker-60ef727c9751aac9084702bca274544f94f1bb070ace95e8a79911c22b01a91d.scope"_s
        << kernel << qint64(-1) << false << false;
    QTest::newRow("243+ failed oom-kill (042)")
        << u"highload-stress-test.service: Failed with result 'oom-kill'."_s
        << u"highload-stress-test.service"_s << failed << qint64(-1) << false << false;
    QTest::newRow("oomd some processes, user manager (023)")
        << u"app-zcode-7806.scope: systemd-oomd killed some process(es) in this unit."_s
        << u"app-zcode-7806.scope"_s << oomd << qint64(-1) << false << false;
    QTest::newRow("oomd count, escaped unit name (§4.1)")
        << u"app-Hyprland-xdg\\x2dterminal\\x2dexec-977517a3.scope: systemd-oomd killed 1798 process(es) in this unit."_s
        << u"app-Hyprland-xdg\\x2dterminal\\x2dexec-977517a3.scope"_s << oomd << qint64(1798)
        << false << false;
    QTest::newRow("final full stop lost in copying")
        << u"mysqld.service: A process of this unit has been killed by the OOM killer"_s
        << u"mysqld.service"_s << kernel << qint64(-1) << false << false;
    QTest::newRow("pager cut inside the sentence (043)")
        << u"highload-stress-test.service: A process of this un>"_s
        << u"highload-stress-test.service"_s << kernel << qint64(-1) << true << false;
    QTest::newRow("pager cut the result word (043)")
        << u"highload-stress-test.service: Failed with result '>"_s
        << u"highload-stress-test.service"_s << failed << qint64(-1) << true << true;
    QTest::newRow("pager cut inside the result word")
        << u"highload-stress-test.service: Failed with result 'oom-k>"_s
        << u"highload-stress-test.service"_s << failed << qint64(-1) << true << false;
    QTest::newRow("systemctl status ellipsis")
        << u"mysqld.service: A process of this unit has been killed by the OOM ki…"_s
        << u"mysqld.service"_s << kernel << qint64(-1) << true << false;
    QTest::newRow("oomd line cut after the count")
        << u"app-gnome-firefox-3311.scope: systemd-oomd killed 12 proc>"_s
        << u"app-gnome-firefox-3311.scope"_s << oomd << qint64(12) << true << false;
    QTest::newRow("oomd line cut before the count")
        << u"app-gnome-firefox-3311.scope: systemd-oomd kill>"_s
        << u"app-gnome-firefox-3311.scope"_s << oomd << qint64(-1) << true << false;
}

void TestSystemdUnitLines::unitResult()
{
    QFETCH(QString, line);
    const auto parsed = parseUnitResultLine(record(line, 7));
    QVERIFY(parsed);
    QTEST(parsed->result.unit, "unit");
    QTEST(int(parsed->result.kind), "kind");
    QTEST(parsed->result.processes.value_or(-1), "processes");
    QTEST(parsed->truncated, "truncated");
    QTEST(parsed->resultCut, "resultCut");
    QCOMPARE(parsed->result.line, (LineSpan{7, 7}));
}

void TestSystemdUnitLines::rejectsOtherLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("deactivated (020)") << u"session-689.scope: Deactivated successfully."_s;
    QTest::newRow("consumed (020)") << u"session-689.scope: Consumed 15h 5min 35.515s CPU time."_s;
    QTest::newRow("other failure result")
        << u"highload-stress-test.service: Failed with result 'exit-code'."_s;
    QTest::newRow("main process exited (042)")
        << u"highload-stress-test.service: Main process exited, code=exited, status=1/FAILURE"_s;
    QTest::newRow("cut too short to tell") << u"highload-stress-test.service: A process of>"_s;
    QTest::newRow("started line (042)")
        << u"Started highload-stress-test.service - /usr/bin/stress --cpu 1 --vm 1 --vm-bytes 300M --timeout 30s."_s;
    QTest::newRow("not a unit name")
        << u"foo: A process of this unit has been killed by the OOM killer."_s;
    QTest::newRow("unit name cut by the pager")
        << u"cri-containerd-198301288f1414171589a049d5f75f>"_s;
    QTest::newRow("oomd count not a number")
        << u"x.scope: systemd-oomd killed many process(es) in this unit."_s;
}

void TestSystemdUnitLines::rejectsOtherLines()
{
    QFETCH(QString, line);
    QVERIFY(!parseUnitResultLine(record(line)));
    QVERIFY(!parseUnitResult(record(line)));
}

void TestSystemdUnitLines::confirmedOnly()
{
    // "Failed with result '>" says only that the unit failed: not an oom-kill result yet.
    QVERIFY(!parseUnitResult(record(u"highload-stress-test.service: Failed with result '>"_s)));
    const auto cut =
        parseUnitResult(record(u"highload-stress-test.service: A process of this un>"_s));
    QVERIFY(cut);
    QCOMPARE(cut->kind, UnitResultKind::KilledByKernelOom);
}

void TestSystemdUnitLines::resourceSummary_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("cpu");
    QTest::addColumn<QString>("peak");
    QTest::addColumn<qint64>("peakBytes"); // -1 = not printed
    QTest::addColumn<QString>("swapPeak");
    QTest::addColumn<bool>("truncated");

    QTest::newRow("CPU time only (020)")
        << u"session-689.scope: Consumed 15h 5min 35.515s CPU time."_s << u"15h 5min 35.515s"_s
        << QString() << qint64(-1) << QString() << false;
    QTest::newRow("CPU time only, containerd scope (051)")
        << u"cri-containerd-198301288f1414171589a049d5f75f9e4c871b8b3e5ad5af12051fdcc65da726.scope: Consumed 21min 30.686s CPU time."_s
        << u"21min 30.686s"_s << QString() << qint64(-1) << QString() << false;
    QTest::newRow("256+ memory peaks (§4.1)")
        << u"build.service: Consumed 10min 23.721s CPU time, 29.0G memory peak, 0B memory swap peak."_s
        << u"10min 23.721s"_s << u"29.0G"_s << qint64(31138512896) << u"0B"_s << false;
    QTest::newRow("peak cut by the pager")
        << u"build.service: Consumed 10min 23.721s CPU time, 29.0G memo>"_s << u"10min 23.721s"_s
        << QString() << qint64(-1) << QString() << true;
}

void TestSystemdUnitLines::resourceSummary()
{
    QFETCH(QString, line);
    const auto summary = parseUnitResourceSummary(record(line));
    QVERIFY(summary);
    QTEST(summary->cpuTime, "cpu");
    QTEST(summary->memoryPeak, "peak");
    QTEST(summary->memoryPeakBytes.value_or(-1), "peakBytes");
    QTEST(summary->memorySwapPeak, "swapPeak");
    QTEST(summary->truncated, "truncated");
}

void TestSystemdUnitLines::size_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes"); // -1 = invalid
    QTest::newRow("zero") << u"0B"_s << qint64(0);
    QTest::newRow("kibibytes") << u"512K"_s << qint64(524288);
    QTest::newRow("fraction of a gibibyte") << u"24.8G"_s << qint64(26628797235);
    QTest::newRow("tebibyte") << u"1.5T"_s << qint64(1649267441664);
    QTest::newRow("no unit") << u"300"_s << qint64(-1);
    QTest::newRow("garbage") << u"xG"_s << qint64(-1);
}

void TestSystemdUnitLines::size()
{
    QFETCH(QString, text);
    QTEST(parseSystemdSize(text).value_or(-1), "bytes");
}

void TestSystemdUnitLines::timestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("UTC (042)") << u"Sat 2025-10-04 20:46:05 UTC"_s
                               << QDateTime(QDate(2025, 10, 4), QTime(20, 46, 5), QTimeZone::utc());
    QTest::newRow("IANA zone") << u"Sat 2025-10-04 22:46:05 Europe/Berlin"_s
                               << QDateTime(QDate(2025, 10, 4), QTime(20, 46, 5), QTimeZone::utc());
    QTest::newRow("abbreviation read as local time (TZ=UTC in tests)")
        << u"Sat 2025-10-04 20:46:05 CEST"_s << QDateTime(QDate(2025, 10, 4), QTime(20, 46, 5));
    QTest::newRow("no weekday") << u"2025-10-04 20:46:05 UTC"_s
                                << QDateTime(QDate(2025, 10, 4), QTime(20, 46, 5),
                                             QTimeZone::utc());
    QTest::newRow("no date") << u"20:46:05"_s << QDateTime();
}

void TestSystemdUnitLines::timestamp()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const auto parsed = parseSystemdTimestamp(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed)
        QCOMPARE(parsed->toUTC(), expected.toUTC());
}

void TestSystemdUnitLines::statusBlock_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("idents"); // per line; empty = unknown
    // per line: the kind of the result, -1 = none; 100 + kind = result still cut
    QTest::addColumn<QList<int>>("results");

    const int failed = int(UnitResultKind::FailedOomKill);
    const int kernel = int(UnitResultKind::KilledByKernelOom);

    QTest::newRow("status of an OOM-killed unit (042)")
        << QStringList{
               u"× highload-stress-test.service - /usr/bin/stress --cpu 1 --vm 1 --vm-bytes 300M --timeout 30s"_s,
               u"     Loaded: loaded (/run/systemd/transient/highload-stress-test.service; transient)"_s,
               u"     Active: failed (Result: oom-kill) since Sat 2025-10-04 20:46:05 UTC; 10s ago"_s,
               u"highload-stress-test.service: A process of this unit has been killed by the OOM killer."_s,
               u"highload-stress-test.service: Failed with result 'oom-kill'."_s}
        << QStringList{QString(), QString(), QString(), u"systemd"_s, u"systemd"_s}
        << QList<int>{-1, -1, failed, kernel, failed};
    QTest::newRow("status cut by the pager confirms the cut result (043)")
        << QStringList{
               u"× highload-stress-test.service - /usr/bin/stress --cpu 1 --vm 1 --vm-bytes 300M --time>"_s,
               u"     Active: failed (Result: oom-kill) since Sat 2025-10-04 21:13:58 UTC; 21s ago"_s,
               u"highload-stress-test.service: A process of this un>"_s,
               u"highload-stress-test.service: Failed with result '>"_s}
        << QStringList{QString(), QString(), u"systemd"_s, u"systemd"_s}
        << QList<int>{-1, failed, kernel, failed};
    QTest::newRow("another result leaves the cut line unconfirmed")
        << QStringList{u"● worker.service - Worker"_s,
                       u"     Active: failed (Result: exit-code) since Sat 2025-10-04 21:13:58 UTC; 21s ago"_s,
                       u"worker.service: Failed with result '>"_s}
        << QStringList{QString(), QString(), u"systemd"_s} << QList<int>{-1, -1, 100 + failed};
}

void TestSystemdUnitLines::statusBlock()
{
    QFETCH(QStringList, lines);
    QFETCH(QStringList, idents);
    QFETCH(QList<int>, results);
    SystemctlStatusReader reader;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto result = reader.add(record(lines[i], i + 1, idents[i]));
        const int got = result ? int(result->result.kind) + (result->resultCut ? 100 : 0) : -1;
        QCOMPARE(got, results[i]);
        if (result)
            QCOMPARE(result->result.unit, reader.unit());
    }
}

QTEST_APPLESS_MAIN(TestSystemdUnitLines)
#include "tst_systemdunitlines.moc"
