// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Across incidents: recurring victims, cgroups and units, incidents per day
// and per boot, the intervals between them, counts per kind and primary cause — on events
// built from a one-line description each, and over every corpus log together.

#include "core/model/oomevent.h"
#include "core/report/reportids.h"
#include "core/session/sessionsummary.h"
#include "helpers/sessionfixtures.h"
#include "reportfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

// One event from "key=value;key=value": kind (kernel|userspace|alloc), src, host, t (ISO
// 8601 with offset), up (uptime s), v (victims "comm:pid,comm:pid"), vcg (the victims'
// cgroup), limit (memcg.oomCgroup), hostlimit, task (memcg.taskCgroup), unit (systemd
// unit lines, comma separated), cause (primary cause id).
IncidentPtr incident(const QString &spec)
{
    auto incident = std::make_shared<Incident>();
    OomEvent &e = incident->event;
    e.sourcePath = u"a.log"_s;
    QString victimCgroup;
    for (const QString &pair : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0);
        const QString value = pair.section(u'=', 1);
        if (key == u"kind")
            e.kind = value == u"userspace" ? EventKind::UserspaceKill
                : value == u"alloc"        ? EventKind::AllocFailure
                                           : EventKind::KernelOom;
        else if (key == u"src")
            e.sourcePath = value;
        else if (key == u"host")
            e.host = value;
        else if (key == u"t")
            e.time = QDateTime::fromString(value, Qt::ISODate);
        else if (key == u"up")
            e.uptimeSeconds = value.toDouble();
        else if (key == u"v") {
            for (const QString &v : value.split(u',')) {
                Victim victim;
                victim.comm = v.section(u':', 0, 0);
                if (!v.section(u':', 1).isEmpty())
                    victim.pid = v.section(u':', 1).toLongLong();
                e.victims.append(victim);
            }
        } else if (key == u"vcg")
            victimCgroup = value;
        else if (key == u"limit")
            e.memcg.oomCgroup = value;
        else if (key == u"hostlimit")
            e.memcg.hostLimit = true;
        else if (key == u"task")
            e.memcg.taskCgroup = value;
        else if (key == u"unit") {
            for (const QString &name : value.split(u','))
                e.units.append(
                    UnitResult{name, UnitResultKind::FailedOomKill, {}, {}, false, false, {}});
        } else if (key == u"cause")
            incident->causes.append(Cause{value, Severity::Critical, {}, {}, {}});
    }
    for (Victim &victim : e.victims)
        victim.cgroup = victimCgroup;
    return incident;
}

QList<IncidentPtr> events(const QStringList &specs)
{
    QList<IncidentPtr> list;
    for (const QString &spec : specs)
        list.append(incident(spec));
    return list;
}

QString boots(const SessionSummary &s)
{
    QStringList parts;
    for (const BootCount &boot : s.boots)
        parts.append(QString::number(boot.count) + u'@' + boot.inputs.join(u'+'));
    return parts.join(u' ');
}

} // namespace

class TestSessionSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perBoot_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<QString>("boots"); // "<incidents>@<inputs>" per boot, in order
        QTest::addColumn<int>("withoutUptime");
        QTest::newRow("uptime rises: one boot")
            << QStringList{u"up=100"_s, u"up=250"_s} << u"2@a.log"_s << 0;
        QTest::newRow("uptime drops: a reboot")
            << QStringList{u"up=100"_s, u"up=50"_s, u"up=60"_s} << u"1@a.log 2@a.log"_s << 0;
        QTest::newRow("rotated logs of one boot")
            << QStringList{u"src=messages.1;host=h;t=2024-05-01T10:00:00Z;up=1000"_s,
                           u"src=messages;host=h;t=2024-05-01T11:00:00.4Z;up=4600"_s}
            << u"2@messages.1+messages"_s << 0;
        QTest::newRow("rotated logs, rebooted in between")
            << QStringList{u"src=messages.1;host=h;t=2024-05-01T10:00:00Z;up=1000"_s,
                           u"src=messages;host=h;t=2024-05-01T11:00:00Z;up=100"_s}
            << u"1@messages.1 1@messages"_s << 0;
        QTest::newRow("same boot time, other host")
            << QStringList{u"src=x.log;host=a;t=2024-05-01T10:00:00Z;up=1000"_s,
                           u"src=y.log;host=b;t=2024-05-01T10:00:00Z;up=1000"_s}
            << u"1@x.log 1@y.log"_s << 0;
        // Raw dmesg has no wall clock: two inputs cannot be told to be one boot.
        QTest::newRow("two dmesg files")
            << QStringList{u"src=x;up=10"_s, u"src=y;up=20"_s} << u"1@x 1@y"_s << 0;
        QTest::newRow("no kernel timestamps")
            << QStringList{u"t=2024-05-01T10:00:00Z"_s, u""_s} << QString() << 2;
        QTest::newRow("events without uptime stay out")
            << QStringList{u"up=10"_s, u""_s, u"up=20"_s} << u"2@a.log"_s << 1;
    }

    void perBoot()
    {
        QFETCH(QStringList, specs);
        QFETCH(QString, boots);
        QFETCH(int, withoutUptime);
        const SessionSummary s = summarizeSession(events(specs));
        QCOMPARE(::boots(s), boots);
        QCOMPARE(s.withoutUptime, withoutUptime);
        for (qsizetype i = 0; i < s.boots.size(); ++i)
            QCOMPARE(s.boots.at(i).boot, int(i) + 1);
    }

    void intervals_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<int>("count"); // 0: no intervals
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("max");
        QTest::addColumn<QString>("basis");
        QTest::newRow("wall clock, out of order")
            << QStringList{u"t=2024-05-01T10:06:00Z"_s, u"t=2024-05-01T10:00:00Z"_s,
                           u"t=2024-05-01T10:01:00Z"_s}
            << 2 << 60.0 << 180.0 << 300.0 << u"time"_s;
        QTest::newRow("odd count: the middle one")
            << QStringList{u"t=2024-05-01T10:00:00Z"_s, u"t=2024-05-01T10:00:10Z"_s,
                           u"t=2024-05-01T10:01:10Z"_s, u"t=2024-05-01T11:01:10Z"_s}
            << 3 << 10.0 << 60.0 << 3600.0 << u"time"_s;
        QTest::newRow("offsets are honoured")
            << QStringList{u"t=2024-05-01T12:00:00+02:00"_s, u"t=2024-05-01T10:30:00Z"_s} << 1
            << 1800.0 << 1800.0 << 1800.0 << u"time"_s;
        QTest::newRow("kernel timestamps within a boot")
            << QStringList{u"up=10"_s, u"up=70"_s, u"up=100"_s} << 2 << 30.0 << 45.0 << 60.0
            << u"uptime"_s;
        QTest::newRow("never across a reboot without a clock")
            << QStringList{u"up=10"_s, u"up=20"_s, u"up=5"_s, u"up=50"_s} << 2 << 10.0 << 27.5
            << 45.0 << u"uptime"_s;
        QTest::newRow("an untimed event placed by its boot's estimate")
            << QStringList{u"t=2024-05-01T10:00:00Z;up=100"_s, u"up=160"_s} << 1 << 60.0 << 60.0
            << 60.0 << u"time"_s;
        QTest::newRow("both clocks")
            << QStringList{u"src=s;t=2024-05-01T10:00:00Z"_s, u"src=s;t=2024-05-01T10:00:30Z"_s,
                           u"src=d;up=10"_s, u"src=d;up=100"_s}
            << 2 << 30.0 << 60.0 << 90.0 << u"mixed"_s;
        QTest::newRow("one event")
            << QStringList{u"t=2024-05-01T10:00:00Z;up=5"_s} << 0 << 0.0 << 0.0 << 0.0 << QString();
        QTest::newRow("nothing to place")
            << QStringList{u""_s, u""_s} << 0 << 0.0 << 0.0 << 0.0 << QString();
    }

    void intervals()
    {
        QFETCH(QStringList, specs);
        QFETCH(int, count);
        QFETCH(double, min);
        QFETCH(double, median);
        QFETCH(double, max);
        QFETCH(QString, basis);
        const SessionSummary s = summarizeSession(events(specs));
        QCOMPARE(s.intervals.has_value(), count > 0);
        if (!s.intervals)
            return;
        QCOMPARE(s.intervals->count, count);
        QCOMPARE(s.intervals->minSeconds, min);
        QCOMPARE(s.intervals->medianSeconds, median);
        QCOMPARE(s.intervals->maxSeconds, max);
        QCOMPARE(intervalBasisId(s.intervals->basis), basis);
    }

    void recurring_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<QString>("victims"); // comm count/kills [pids], most frequent first
        QTest::addColumn<QString>("cgroups"); // cgroup count/limit hits/victims
        QTest::addColumn<QString>("units");
        QTest::newRow("the same java twice, another once")
            << QStringList{u"v=java:10"_s, u"v=java:20"_s, u"v=nginx:30"_s}
            << u"java 2/2 [10,20]; nginx 1/1 [30]"_s << QString() << QString();
        QTest::newRow("a restarted pid is listed once")
            << QStringList{u"v=java:10"_s, u"v=java:10"_s} << u"java 2/2 [10]"_s << QString()
            << QString();
        QTest::newRow("memory.oom.group: one incident, three kills")
            << QStringList{u"v=php:1,php:2,php:3"_s} << u"php 1/3 [1,2,3]"_s << QString()
            << QString();
        QTest::newRow("ties sorted by name") << QStringList{u"v=b:2"_s, u"v=a:1"_s}
                                             << u"a 1/1 [1]; b 1/1 [2]"_s << QString() << QString();
        QTest::newRow("systemd-oomd kills cgroups, not names")
            << QStringList{u"kind=userspace;v=:;vcg=/user.slice/user-1000.slice/app.scope"_s}
            << QString() << u"/user.slice/user-1000.slice/app.scope 1/0/1"_s << u"app.scope 1"_s;
        QTest::newRow("pod limit hit twice, containers differ")
            << QStringList{u"limit=/kubepods/pod1;task=/kubepods/pod1/c1;v=a:1;vcg=/kubepods/pod1/c1"_s,
                           u"limit=/kubepods/pod1;task=/kubepods/pod1/c2;v=b:2;vcg=/kubepods/pod1/c2"_s}
            << u"a 1/1 [1]; b 1/1 [2]"_s
            << u"/kubepods/pod1 2/2/0; /kubepods/pod1/c1 1/0/1; /kubepods/pod1/c2 1/0/1"_s
            << QString();
        QTest::newRow("root cgroup and the host's limit are no cgroup")
            << QStringList{u"hostlimit=1;limit=host;task=/"_s} << QString() << QString()
            << QString();
        QTest::newRow("units from unit lines and from paths, once per incident")
            << QStringList{u"unit=web.service;task=/system.slice/web.service;v=w:1;vcg=/system.slice/web.service"_s,
                           u"unit=web.service,db.service"_s}
            << u"w 1/1 [1]"_s << u"/system.slice/web.service 1/0/1"_s
            << u"web.service 2; db.service 1"_s;
    }

    void recurring()
    {
        QFETCH(QStringList, specs);
        QFETCH(QString, victims);
        QFETCH(QString, cgroups);
        QFETCH(QString, units);
        const SessionSummary s = summarizeSession(events(specs));
        QStringList v;
        for (const RecurringVictim &r : s.victims) {
            QStringList pids;
            for (qint64 pid : r.pids)
                pids.append(QString::number(pid));
            v.append(u"%1 %2/%3 [%4]"_s.arg(r.comm).arg(r.count).arg(r.kills).arg(pids.join(u',')));
        }
        QCOMPARE(v.join(u"; "_s), victims);
        QStringList c;
        for (const RecurringCgroup &r : s.cgroups)
            c.append(u"%1 %2/%3/%4"_s.arg(r.cgroup).arg(r.count).arg(r.limitHits).arg(r.victims));
        QCOMPARE(c.join(u"; "_s), cgroups);
        QStringList u;
        for (const RecurringUnit &r : s.units)
            u.append(u"%1 %2"_s.arg(r.unit).arg(r.count));
        QCOMPARE(u.join(u"; "_s), units);
    }

    void countsPerKindCauseAndDay()
    {
        const SessionSummary s = summarizeSession(events({
            u"cause=memcg-limit;t=2024-05-01T23:30:00+02:00"_s,
            u"cause=memcg-limit;t=2024-05-01T23:30:00Z"_s,
            u"kind=userspace;cause=oomd-pressure;t=2024-05-02T01:00:00+02:00"_s,
            u"kind=alloc;cause=alloc-failure"_s,
            u"kind=kernel"_s, // no cause could be told
        }));
        QCOMPARE(s.events, 5);
        QCOMPARE(s.kernelOoms, 3);
        QCOMPARE(s.userspaceKills, 1);
        QCOMPARE(s.allocFailures, 1);
        QStringList causes;
        for (const CauseCount &c : s.primaryCauses)
            causes.append(u"%1=%2"_s.arg(c.cause.isEmpty() ? u"-"_s : c.cause).arg(c.count));
        // Most frequent first, then by id; "" (no cause) sorts before the ids.
        QCOMPARE(causes.join(u' '), u"memcg-limit=2 -=1 alloc-failure=1 oomd-pressure=1"_s);
        // Each time counts on the calendar day the log printed, in its own offset.
        QCOMPARE(s.days.size(), 2);
        QCOMPARE(s.days.at(0).date, QDate(2024, 5, 1));
        QCOMPARE(s.days.at(0).count, 2);
        QCOMPARE(s.days.at(1).date, QDate(2024, 5, 2));
        QCOMPARE(s.days.at(1).count, 1);
        QCOMPARE(s.undated, 2);
    }

    void emptySession()
    {
        const SessionSummary s = summarizeSession({});
        QCOMPARE(s.events, 0);
        QVERIFY(s.victims.isEmpty() && s.boots.isEmpty() && s.days.isEmpty());
        QVERIFY(!s.intervals);
    }

    // Every corpus log as the inputs of one session: the counts must add up, and the
    // victims that recur across the corpus's files are found.
    void wholeCorpus()
    {
        QList<OomEvent> parsed;
        for (const QString &file : testing::reportCases())
            parsed.append(testing::parseWholeFile(testing::reportsDir() + file, file));
        QVERIFY(parsed.size() >= 40);
        const QList<IncidentPtr> all = testing::sessionOf(parsed).incidents;
        const SessionSummary s = summarizeSession(all);
        QCOMPARE(s.events, int(all.size()));
        QCOMPARE(s.kernelOoms + s.userspaceKills + s.allocFailures, s.events);
        int sum = 0;
        for (const CauseCount &c : s.primaryCauses)
            sum += c.count;
        QCOMPARE(sum, s.events);
        sum = s.undated;
        for (const DayCount &d : s.days)
            sum += d.count;
        QCOMPARE(sum, s.events);
        sum = s.withoutUptime;
        for (const BootCount &b : s.boots) {
            sum += b.count;
            QCOMPARE(b.inputs.size(), 1); // different machines: no boot spans two files
        }
        QCOMPARE(sum, s.events);
        QVERIFY(s.intervals && s.intervals->count >= 2);
        QVERIFY(s.intervals->minSeconds <= s.intervals->medianSeconds);
        QVERIFY(s.intervals->medianSeconds <= s.intervals->maxSeconds);

        auto victim = [&s](const QString &comm) {
            for (const RecurringVictim &v : s.victims) {
                if (v.comm == comm)
                    return v;
            }
            return RecurringVictim{};
        };
        // 018 (two qemu kills, one log) and 036: the same name on other hosts.
        const RecurringVictim qemu = victim(u"qemu-system-x86"_s);
        QVERIFY(qemu.count >= 3);
        QVERIFY(qemu.pids.contains(886679) && qemu.pids.contains(27410)
                && qemu.pids.contains(39079));
        // 045: two interleaved reports, each killing a postfixlookup child.
        const RecurringVictim postfix = victim(u"postfixlookup.p"_s);
        QCOMPARE(postfix.count, 2);
        QCOMPARE(postfix.pids, (QList<qint64>{4368, 4375}));
        QCOMPARE(s.victims.first().count, qemu.count); // the most frequent comes first
    }
};

QTEST_GUILESS_MAIN(TestSessionSummary)
#include "tst_sessionsummary.moc"
