// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// One incident read from several inputs (a sosreport's dmesg, messages and journal) is
// listed once; two incidents that merely look alike are not merged.

#include "core/analysis/duplicateevents.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

Victim victim(qint64 pid, qint64 totalVmKb, qint64 anonRssKb)
{
    Victim v;
    v.pid = pid;
    v.comm = u"java"_s;
    v.totalVmKb = KiB(totalVmKb);
    v.anonRssKb = KiB(anonRssKb);
    return v;
}

// A global OOM kill as raw dmesg shows it: kernel timestamp, no wall clock.
OomEvent dmesgKill(const QString &path, qint64 pid = 4242, qint64 totalVmKb = 8213484)
{
    OomEvent e;
    e.sourcePath = path;
    e.lines = {10, 60};
    e.uptimeSeconds = 266112.421715;
    e.trigger.pid = 911;
    e.trigger.comm = u"kworker"_s;
    e.trigger.order = 0;
    e.victims = {victim(pid, totalVmKb, 7868160)};
    return e;
}

// The same kill as /var/log/messages shows it: wall clock in local time without a zone.
OomEvent syslogKill(const QString &path, qint64 pid = 4242, qint64 totalVmKb = 8213484)
{
    OomEvent e = dmesgKill(path, pid, totalVmKb);
    e.lines = {2000, 2004};
    e.uptimeSeconds.reset();
    e.time = QDateTime(QDate(2024, 3, 3), QTime(7, 59, 39), Qt::UTC);
    e.timeZoneAssumed = true;
    e.host = u"web01"_s;
    return e;
}

OomEvent earlyoomKill(const QString &path, const QDateTime &time, bool zoneAssumed)
{
    OomEvent e;
    e.kind = EventKind::UserspaceKill;
    e.killer = Killer::Earlyoom;
    e.sourcePath = path;
    e.lines = {5, 5};
    e.time = time;
    e.timeZoneAssumed = zoneAssumed;
    Victim v;
    v.pid = 3100;
    v.comm = u"firefox"_s;
    e.victims = {v};
    return e;
}

OomEvent panicWithoutVictim(const QString &path, std::optional<double> uptime)
{
    OomEvent e;
    e.sourcePath = path;
    e.lines = {1, 40};
    e.panic = true;
    e.uptimeSeconds = uptime;
    e.trigger.pid = 1;
    e.trigger.comm = u"systemd"_s;
    e.trigger.order = 0;
    return e;
}

const QDateTime Utc(QDate(2024, 3, 3), QTime(7, 59, 39), Qt::UTC);

} // namespace

Q_DECLARE_METATYPE(oom::OomEvent)

class TestDuplicateEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameOrDifferent_data();
    void sameOrDifferent();
    void fullestCopyStaysAtFirstPosition();
    void threeCopiesAndAnotherIncident();
    void copiesInOneInputAreSeparateIncidents();
};

void TestDuplicateEvents::sameOrDifferent_data()
{
    QTest::addColumn<OomEvent>("a");
    QTest::addColumn<OomEvent>("b");
    QTest::addColumn<bool>("same");

    const QString dmesg = u"sosreport/sos_commands/kernel/dmesg"_s;
    const QString messages = u"sosreport/var/log/messages"_s;
    QTest::newRow("kill in dmesg and messages") << dmesgKill(dmesg) << syslogKill(messages) << true;
    QTest::newRow("pid reused, other total-vm")
        << dmesgKill(dmesg) << syslogKill(messages, 4242, 1024) << false;
    QTest::newRow("another pid") << dmesgKill(dmesg) << syslogKill(messages, 4243) << false;

    OomEvent later = dmesgKill(messages);
    later.uptimeSeconds = *later.uptimeSeconds + 600;
    QTest::newRow("same figures, kernel timestamps 10 minutes apart")
        << dmesgKill(dmesg) << later << false;

    OomEvent otherHost = syslogKill(messages);
    otherHost.host = u"web02"_s;
    OomEvent thisHost = syslogKill(u"web01/messages"_s);
    QTest::newRow("another host") << thisHost << otherHost << false;

    OomEvent victimless = dmesgKill(messages);
    victimless.victims.clear();
    QTest::newRow("one copy lost its kill line") << dmesgKill(dmesg) << victimless << false;

    QTest::newRow("panic, same trigger and timestamp")
        << panicWithoutVictim(dmesg, 12.5) << panicWithoutVictim(messages, 12.5) << true;
    QTest::newRow("panic without kernel timestamps")
        << panicWithoutVictim(dmesg, std::nullopt) << panicWithoutVictim(messages, std::nullopt)
        << false;

    // The journal prints UTC; syslog printed local time (UTC+9) without a zone.
    QTest::newRow("earlyoom in the journal and in syslog 9 h ahead")
        << earlyoomKill(u"journal.export"_s, Utc, false)
        << earlyoomKill(messages, Utc.addSecs(9 * 3600), true) << true;
    QTest::newRow("earlyoom kills 7 minutes apart")
        << earlyoomKill(u"journal.export"_s, Utc, false)
        << earlyoomKill(messages, Utc.addSecs(7 * 60), true) << false;
    QTest::newRow("earlyoom, both clocks with zones, 5 minutes apart")
        << earlyoomKill(u"journal.export"_s, Utc, false)
        << earlyoomKill(messages, Utc.addSecs(300), false) << false;
    OomEvent oomd = earlyoomKill(messages, Utc, false);
    oomd.killer = Killer::SystemdOomd;
    QTest::newRow("another killer")
        << earlyoomKill(u"journal.export"_s, Utc, false) << oomd << false;
}

void TestDuplicateEvents::sameOrDifferent()
{
    QFETCH(OomEvent, a);
    QFETCH(OomEvent, b);
    QFETCH(bool, same);
    QCOMPARE(isSameEvent(a, b), same);
    QCOMPARE(isSameEvent(b, a), same);
    QCOMPARE(mergeDuplicateEvents({a, b}).size(), same ? 1 : 2);
}

void TestDuplicateEvents::fullestCopyStaysAtFirstPosition()
{
    OomEvent before = earlyoomKill(u"other.log"_s, Utc.addDays(-1), false);
    OomEvent truncated = syslogKill(u"var/log/messages"_s); // kill line only, has the time
    OomEvent full = dmesgKill(u"sos_commands/kernel/dmesg"_s);
    full.tasks.resize(3);
    full.kernelRelease = u"6.1.0-18-amd64"_s;

    const QList<OomEvent> merged = mergeDuplicateEvents({before, truncated, full});
    QCOMPARE(merged.size(), 2);
    QCOMPARE(merged.at(0).sourcePath, before.sourcePath);
    const OomEvent &incident = merged.at(1);
    QCOMPARE(incident.sourcePath, full.sourcePath); // the fuller copy
    QCOMPARE(incident.tasks.size(), 3);
    QCOMPARE(incident.alsoIn.size(), 1);
    QCOMPARE(incident.alsoIn.first().sourcePath, truncated.sourcePath);
    QCOMPARE(incident.alsoIn.first().lines, truncated.lines);
    // What only the messages copy knew.
    QCOMPARE(incident.time, truncated.time);
    QVERIFY(incident.timeZoneAssumed);
    QCOMPARE(incident.host, u"web01"_s);
    QCOMPARE(incident.uptimeSeconds, full.uptimeSeconds);
    QCOMPARE(incident.kernelRelease, full.kernelRelease);
}

void TestDuplicateEvents::threeCopiesAndAnotherIncident()
{
    OomEvent journal = syslogKill(u"journal"_s);
    journal.timeZoneAssumed = false;
    const QList<OomEvent> merged =
        mergeDuplicateEvents({dmesgKill(u"dmesg"_s), syslogKill(u"messages"_s), journal,
                              dmesgKill(u"messages"_s, 5000, 123456)});
    QCOMPARE(merged.size(), 2);
    QCOMPARE(merged.at(0).alsoIn.size(), 2);
    QVERIFY(!merged.at(0).timeZoneAssumed); // the journal's clock, which has a zone
    QCOMPARE(merged.at(1).victims.first().pid, 5000);
    QVERIFY(merged.at(1).alsoIn.isEmpty());
}

// A log that prints one kill twice (a paste repeated in a ticket) keeps both: only
// different inputs are copies of each other.
void TestDuplicateEvents::copiesInOneInputAreSeparateIncidents()
{
    OomEvent first = syslogKill(u"ticket.txt"_s);
    OomEvent second = syslogKill(u"ticket.txt"_s);
    second.lines = {3000, 3004};
    QCOMPARE(mergeDuplicateEvents({first, second, dmesgKill(u"dmesg"_s)}).size(), 2);
}

QTEST_GUILESS_MAIN(TestDuplicateEvents)
#include "tst_duplicateevents.moc"
