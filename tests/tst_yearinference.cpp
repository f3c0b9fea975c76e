// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The year of dates printed without one (RFC 3164 syslog, journalctl short): pinned for the
// tests' goldens, otherwise inferred from the newest moment the log can speak of, across
// New Year and Feb 29.

#include "helpers/framingfixtures.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::framingtest;

class TestYearInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yearInference_data();
    void yearInference();
    void noReferenceMeansNow();
};

// The year of a date printed without one (FramingOptions): the pinned year as is, else the
// latest year in which the date exists and falls no more than a day after the newest moment
// the log can speak of. Columns: one line, the options, the times the records get (empty:
// none) and whether their year was assumed.
void TestYearInference::yearInference_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("assumedYear");
    QTest::addColumn<QDateTime>("latestTime");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("yearAssumed");

    const auto utc = [](int y, int mo, int d, int h = 0, int mi = 0, int s = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
    };
    const QDateTime jan5 = utc(2026, 1, 5);
    QTest::newRow("new year: December line read on Jan 5")
        << "Dec 30 23:59:00 h kernel: a"_ba << 0 << jan5
        << QStringList{u"2025-12-30T23:59:00.000Z"_s} << true;
    QTest::newRow("new year: January line read on Jan 5")
        << "Jan  2 00:00:01 h kernel: a"_ba << 0 << jan5
        << QStringList{u"2026-01-02T00:00:01.000Z"_s} << true;
    QTest::newRow("new year: journalctl short, both lines")
        << "Dec 31 23:59:59 h kernel: a\nJan 01 00:00:00 h kernel: b"_ba << 0 << jan5
        << QStringList{u"2025-12-31T23:59:59.000Z"_s, u"2026-01-01T00:00:00.000Z"_s} << true;
    const QDateTime july = utc(2026, 7, 15, 12);
    QTest::newRow("mid-year: earlier month is this year")
        << "Mar  3 06:25:10 h kernel: a"_ba << 0 << july
        << QStringList{u"2026-03-03T06:25:10.000Z"_s} << true;
    QTest::newRow("mid-year: later month is last year")
        << "Sep  1 00:00:00 h kernel: a"_ba << 0 << july
        << QStringList{u"2025-09-01T00:00:00.000Z"_s} << true;
    QTest::newRow("log last written in 2024")
        << "May 30 10:00:00 h kernel: a"_ba << 0 << utc(2024, 6, 1)
        << QStringList{u"2024-05-30T10:00:00.000Z"_s} << true;
    QTest::newRow("android wall clock") << "[   36.172486] [03-19 10:05:52.172] a"_ba << 0 << jan5
                                        << QStringList{u"2025-03-19T10:05:52.172Z"_s} << true;
    QTest::newRow("printed year is kept")
        << "2026-09-19T17:27:56.876962+00:00 web-1 kernel: a"_ba << 0 << utc(2024, 6, 1)
        << QStringList{u"2026-09-19T17:27:56.876Z"_s} << false;
    // Feb 29 goes back to the latest leap year that is not after the reference.
    QTest::newRow("Feb 29: reference in the leap year")
        << "Feb 29 08:00:00 h kernel: a"_ba << 0 << utc(2024, 3, 10)
        << QStringList{u"2024-02-29T08:00:00.000Z"_s} << true;
    QTest::newRow("Feb 29: reference the January after")
        << "Feb 29 08:00:00 h kernel: a"_ba << 0 << utc(2025, 1, 10)
        << QStringList{u"2024-02-29T08:00:00.000Z"_s} << true;
    QTest::newRow("Feb 29: reference three years on")
        << "Feb 29 08:00:00 h kernel: a"_ba << 0 << utc(2027, 3, 1)
        << QStringList{u"2024-02-29T08:00:00.000Z"_s} << true;
    QTest::newRow("Feb 30 exists in no year")
        << "Feb 30 08:00:00 h kernel: a"_ba << 0 << jan5 << QStringList{QString()} << false;
    // Year-less lines carry no zone and are read as UTC: a day of slack after the reference.
    const QDateTime jan5noon = utc(2026, 1, 5, 12);
    QTest::newRow("slack: less than a day after")
        << "Jan  6 11:59:59 h kernel: a"_ba << 0 << jan5noon
        << QStringList{u"2026-01-06T11:59:59.000Z"_s} << true;
    QTest::newRow("slack: exactly a day after")
        << "Jan  6 12:00:00 h kernel: a"_ba << 0 << jan5noon
        << QStringList{u"2026-01-06T12:00:00.000Z"_s} << true;
    QTest::newRow("slack: more than a day after is last year")
        << "Jan  6 12:00:01 h kernel: a"_ba << 0 << jan5noon
        << QStringList{u"2025-01-06T12:00:01.000Z"_s} << true;
    // Written at 05:00 on New Year's Day in UTC+10, the file stamped 19:00 UTC the day before.
    QTest::newRow("slack: local time east of UTC across New Year")
        << "Jan  1 05:00:00 h kernel: a"_ba << 0 << utc(2025, 12, 31, 19)
        << QStringList{u"2026-01-01T05:00:00.000Z"_s} << true;
    // A pinned year is taken as is, reference or not (the goldens rely on it).
    QTest::newRow("pinned year: no rollover")
        << "Dec 30 23:59:00 h kernel: a"_ba << 2026 << QDateTime()
        << QStringList{u"2026-12-30T23:59:00.000Z"_s} << true;
    QTest::newRow("pinned year wins over a reference")
        << "Dec 30 23:59:00 h kernel: a"_ba << 2026 << jan5
        << QStringList{u"2026-12-30T23:59:00.000Z"_s} << true;
    QTest::newRow("pinned year: Feb 29 of a common year has no time")
        << "Feb 29 08:00:00 h kernel: a"_ba << 2026 << QDateTime() << QStringList{QString()}
        << false;
}

void TestYearInference::yearInference()
{
    QFETCH(QByteArray, input);
    QFETCH(int, assumedYear);
    QFETCH(QDateTime, latestTime);
    QFETCH(QStringList, expected);
    QFETCH(bool, yearAssumed);
    QStringList times;
    for (const LogRecord &record : frame(input, FramingOptions{assumedYear, latestTime})) {
        times.append(record.time ? record.time->toString(Qt::ISODateWithMs) : QString());
        QCOMPARE(record.timeYearAssumed, yearAssumed);
    }
    QCOMPARE(times, expected);
}

// Without a pinned year or a reference, now is the reference (stdin, live logs): a line
// stamped with this very second is dated this year.
void TestYearInference::noReferenceMeansNow()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QByteArray line =
        QLocale::c().toString(before, u"MMM dd hh:mm:ss"_s).toLatin1() + " resolver kernel: a";
    const QList<LogRecord> records = frame(line, FramingOptions{});
    const int after = QDateTime::currentDateTimeUtc().date().year();
    QCOMPARE(records.size(), 1);
    QVERIFY(records[0].time);
    const int year = records[0].time->date().year();
    QVERIFY2(year == before.date().year() || year == after, qPrintable(QString::number(year)));
}

QTEST_GUILESS_MAIN(TestYearInference)
#include "tst_yearinference.moc"
