// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The JSON contract (src/core/report/JSON-CONTRACT.md): the required field
// names and types, and the null rule — a value the log does not show is null, never 0.
#include "core/report/jsonreport.h"
#include "helpers/reportfixtures.h"
#include "helpers/sessionfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

class TestJsonReport : public QObject
{
    Q_OBJECT

private:
    static void verifyNull(const QJsonObject &object, const QStringList &keys)
    {
        for (const QString &key : keys) {
            QVERIFY2(object.contains(key), qPrintable(u"missing key "_s + key));
            QVERIFY2(object.value(key).isNull(), qPrintable(u"not null: "_s + key));
        }
    }

private Q_SLOTS:
    void documentHeader()
    {
        ReportContext context;
        context.generator = u"oomlens-cli 9.9.9"_s;
        context.inputs = {{u"/var/log/kern.log"_s, u"text"_s, u"Shift_JIS"_s, 2048, 40, 1},
                          {u"dir"_s, {}, {}, std::nullopt, std::nullopt, 0}};
        context.errors = {{u"/nope"_s, u"No such file or directory"_s},
                          {u"empty.log"_s, u"empty file"_s, true}};
        const QByteArray bytes = reportToJson(Session{}, context);
        QVERIFY(bytes.endsWith('\n'));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(u"schema"_s).toString(), u"oomlens.report/1"_s);
        QCOMPARE(root.value(u"generator"_s).toString(), u"oomlens-cli 9.9.9"_s);
        QVERIFY(root.value(u"events"_s).isArray());
        QCOMPARE(root.value(u"events"_s).toArray().size(), 0);
        const QJsonArray inputs = root.value(u"inputs"_s).toArray();
        QCOMPARE(inputs.size(), 2);
        QCOMPARE(inputs.at(0)[u"bytes"_s].toInteger(), 2048);
        QCOMPARE(inputs.at(0)[u"lines"_s].toInteger(), 40);
        QCOMPARE(inputs.at(0)[u"events"_s].toInt(), 1);
        QCOMPARE(inputs.at(0)[u"encoding"_s].toString(), u"Shift_JIS"_s);
        verifyNull(inputs.at(1).toObject(), {u"format"_s, u"encoding"_s, u"bytes"_s, u"lines"_s});
        const QJsonArray errors = root.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0)[u"severity"_s].toString(), u"error"_s);
        QCOMPARE(errors.at(1)[u"severity"_s].toString(), u"warning"_s);
        QCOMPARE(errors.at(0)[u"path"_s].toString(), u"/nope"_s);
        QCOMPARE(errors.at(0)[u"message"_s].toString(), u"No such file or directory"_s);
    }

    void unknownValuesAreNull()
    {
        OomEvent event; // a kill line and nothing else
        event.victims.append(Victim{});
        event.tasks.append(TaskRow{});
        event.zones.append(ZoneState{});
        const QJsonObject e = testing::incidentJson(event);

        QCOMPARE(e[u"kind"_s].toString(), u"kernel-oom"_s);
        QCOMPARE(e[u"killer"_s].toString(), u"kernel"_s);
        verifyNull(e,
                   {u"time"_s,
                    u"time_zone_assumed"_s,
                    u"time_year_assumed"_s,
                    u"uptime_s"_s,
                    u"kernel"_s,
                    u"host"_s,
                    u"page_size_kb"_s,
                    u"constraint"_s,
                    u"memcg"_s,
                    u"selection"_s,
                    u"meminfo"_s,
                    u"swap"_s,
                    u"oom_group_cgroup"_s,
                    u"panic_message"_s,
                    u"callbacks_suppressed"_s,
                    u"task_table_layout"_s,
                    u"protected_min_kb"_s,
                    u"protected_low_kb"_s,
                    u"slab_failure"_s,
                    u"userspace"_s});
        verifyNull(e[u"source"_s].toObject(), {u"path"_s, u"first_line"_s, u"last_line"_s});
        verifyNull(e[u"trigger"_s].toObject(),
                   {u"comm"_s, u"pid"_s, u"uid"_s, u"gfp_mask"_s, u"gfp_flags"_s, u"order"_s,
                    u"oom_score_adj"_s, u"oom_adj"_s, u"nodemask"_s, u"cpuset"_s, u"mems_allowed"_s,
                    u"path"_s, u"header_line"_s, u"stack_line"_s});
        verifyNull(e[u"victims"_s][0].toObject(),
                   {u"pid"_s, u"comm"_s, u"uid"_s, u"cgroup"_s, u"total_vm_kb"_s, u"anon_rss_kb"_s,
                    u"file_rss_kb"_s, u"shmem_rss_kb"_s, u"pgtables_kb"_s, u"oom_score_adj"_s,
                    u"message"_s, u"line"_s, u"reaper_line"_s});
        QCOMPARE(e[u"victims"_s][0][u"reaped"_s].toBool(true), false);
        verifyNull(e[u"tasks"_s][0].toObject(),
                   {u"uid"_s, u"tgid"_s, u"total_vm_pages"_s, u"rss_pages"_s, u"rss_anon_pages"_s,
                    u"rss_file_pages"_s, u"rss_shmem_pages"_s, u"nr_ptes"_s, u"nr_pmds"_s,
                    u"pgtables_bytes"_s, u"swapents"_s, u"oom_score_adj"_s, u"oom_adj"_s, u"name"_s,
                    u"line"_s});
        verifyNull(
            e[u"zones"_s][0].toObject(),
            {u"node"_s, u"zone"_s, u"all_unreclaimable"_s, u"lowmem_reserve_pages"_s, u"line"_s});

        QVERIFY(e[u"panic"_s].isBool());
        QCOMPARE(e[u"panic"_s].toBool(true), false);
        for (const QString &list : {u"victims"_s, u"units"_s, u"tasks"_s, u"zones"_s, u"buddy"_s,
                                    u"hugepages"_s, u"causes"_s, u"notes"_s}) {
            QVERIFY2(e[list].isArray(), qPrintable(list));
        }
    }

    void requiredFieldsOfAFullEvent()
    {
        const QJsonObject e = testing::incidentJson(fixtures::fullMemcgEvent());

        const QJsonObject source = e[u"source"_s].toObject();
        QCOMPARE(source[u"path"_s].toString(), u"/var/log/kern.log"_s);
        QCOMPARE(source[u"first_line"_s].toInteger(), 100);
        QCOMPARE(source[u"last_line"_s].toInteger(), 160);
        QCOMPARE(e[u"time"_s].toString(), u"2024-05-01T12:30:05+02:00"_s);
        QCOMPARE(e[u"time_zone_assumed"_s].toBool(true), false);
        QCOMPARE(e[u"uptime_s"_s].toDouble(), 12345.678);
        QCOMPARE(e[u"kernel"_s].toString(), u"6.1.0-18-amd64"_s);
        QCOMPARE(e[u"constraint"_s].toString(), u"CONSTRAINT_MEMCG"_s);

        const QJsonObject trigger = e[u"trigger"_s].toObject();
        QCOMPARE(trigger[u"comm"_s].toString(), u"python3"_s);
        QCOMPARE(trigger[u"pid"_s].toInteger(), 18746);
        QCOMPARE(trigger[u"gfp_mask"_s].toString(), u"0xcc0"_s);
        QCOMPARE(trigger[u"order"_s].toInteger(-1), 0);
        QVERIFY(trigger[u"oom_score_adj"_s].isDouble());
        QCOMPARE(trigger[u"gfp_flags"_s].toArray().first().toString(), u"GFP_KERNEL"_s);
        QCOMPARE(trigger[u"path"_s].toString(), u"memcg"_s);

        const QJsonObject memcg = e[u"memcg"_s].toObject();
        QCOMPARE(memcg[u"oom"_s].toString(), u"/kubepods/burstable/pod1"_s);
        QCOMPARE(memcg[u"task"_s].toString(), u"/kubepods/burstable/pod1/c1"_s);
        QCOMPARE(memcg[u"usage_kb"_s].toInteger(), 65536);
        QCOMPARE(memcg[u"limit_kb"_s].toInteger(), 65536);
        QCOMPARE(memcg[u"failcnt"_s].toInteger(), 12);
        QVERIFY(memcg[u"memsw"_s].isNull());
        QCOMPARE(memcg[u"swap"_s][u"unlimited"_s].toBool(), true);
        QVERIFY(memcg[u"swap"_s][u"limit_kb"_s].isNull());
        QCOMPARE(memcg[u"stats"_s][0][u"unit"_s].toString(), u"bytes"_s);
        QCOMPARE(memcg[u"stats"_s][0][u"values"_s][u"anon"_s].toInteger(), 66584576);

        const QJsonObject victim = e[u"victims"_s][0].toObject();
        for (const QString &key :
             {u"pid"_s, u"uid"_s, u"total_vm_kb"_s, u"anon_rss_kb"_s, u"file_rss_kb"_s,
              u"shmem_rss_kb"_s, u"pgtables_kb"_s, u"oom_score_adj"_s}) {
            QVERIFY2(victim[key].isDouble(), qPrintable(key));
        }
        QCOMPARE(victim[u"anon_rss_kb"_s].toInteger(), 65024);
        QCOMPARE(victim[u"shmem_rss_kb"_s].toInteger(-1), 0); // a printed 0 stays 0
        QCOMPARE(victim[u"comm"_s].toString(), u"python3"_s);
        QCOMPARE(victim[u"cgroup"_s].toString(), u"/kubepods/burstable/pod1/c1"_s);
        QCOMPARE(victim[u"reaped"_s].toBool(), true);
        QCOMPARE(victim[u"line"_s].toInteger(), 150);
        QCOMPARE(victim[u"reaper_line"_s].toInteger(), 160);

        QCOMPARE(e[u"units"_s][0][u"result"_s].toString(), u"oom-killer"_s);
        QCOMPARE(e[u"units"_s][0][u"unit"_s].toString(), u"kubelet.service"_s);
        QCOMPARE(e[u"tasks"_s].toArray().size(), 7);
        QCOMPARE(e[u"tasks"_s][6][u"name"_s].toString(), u"python3"_s);
        QCOMPARE(e[u"tasks"_s][6][u"rss_pages"_s].toInteger(), 7000);
        QCOMPARE(e[u"task_table_layout"_s].toString(), u"rss-split"_s);
        QCOMPARE(e[u"zones"_s][0][u"fields_kb"_s][u"min"_s].toInteger(), 30720);
        QCOMPARE(e[u"zones"_s][0][u"lowmem_reserve_pages"_s].toArray().size(), 4);
        QCOMPARE(e[u"buddy"_s][0][u"orders"_s][1][u"order"_s].toInt(), 1);
        QCOMPARE(e[u"buddy"_s][0][u"orders"_s][0][u"migrate_types"_s].toString(), u"UME"_s);
        QVERIFY(e[u"buddy"_s][0][u"orders"_s][1][u"migrate_types"_s].isNull());
        QCOMPARE(e[u"meminfo"_s][u"ram_pages"_s].toInteger(), 4194304);
        QVERIFY(e[u"meminfo"_s][u"reserved_pages"_s].isNull());
        QCOMPARE(e[u"swap"_s][u"total_kb"_s].toInteger(-1), 0);
        QCOMPARE(e[u"hugepages"_s][0][u"size_kb"_s].toInteger(), 2048);

        const QJsonObject cause = e[u"causes"_s][0].toObject();
        QCOMPARE(cause[u"id"_s].toString(), u"memcg-ancestor-limit"_s); // the victim was in a child
        QCOMPARE(cause[u"severity"_s].toString(), u"critical"_s);
        QVERIFY(!cause[u"evidence"_s].toArray().isEmpty()); // diagnosed, with its lines
        QCOMPARE(cause[u"remedy"_s].toString(), u"limits"_s);
    }

    void enumSpellings_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("killer");
        QTest::addColumn<QString>("kindId");
        QTest::addColumn<QString>("killerId");
        QTest::newRow("kernel") << int(EventKind::KernelOom) << int(Killer::Kernel)
                                << u"kernel-oom"_s << u"kernel"_s;
        QTest::newRow("oomd") << int(EventKind::UserspaceKill) << int(Killer::SystemdOomd)
                              << u"userspace-kill"_s << u"systemd-oomd"_s;
        QTest::newRow("earlyoom") << int(EventKind::UserspaceKill) << int(Killer::Earlyoom)
                                  << u"userspace-kill"_s << u"earlyoom"_s;
        QTest::newRow("nohang") << int(EventKind::UserspaceKill) << int(Killer::Nohang)
                                << u"userspace-kill"_s << u"nohang"_s;
        QTest::newRow("lmkd") << int(EventKind::UserspaceKill) << int(Killer::AndroidLmkd)
                              << u"userspace-kill"_s << u"android-lmkd"_s;
        QTest::newRow("lowmemorykiller")
            << int(EventKind::UserspaceKill) << int(Killer::AndroidLowMemoryKiller)
            << u"userspace-kill"_s << u"android-lowmemorykiller"_s;
        QTest::newRow("chromeos") << int(EventKind::UserspaceKill) << int(Killer::ChromeOs)
                                  << u"userspace-kill"_s << u"chromeos-tab-manager"_s;
        QTest::newRow("alloc-failure") << int(EventKind::AllocFailure) << int(Killer::Kernel)
                                       << u"alloc-failure"_s << u"kernel"_s;
    }

    void enumSpellings()
    {
        QFETCH(int, kind);
        QFETCH(int, killer);
        QFETCH(QString, kindId);
        QFETCH(QString, killerId);
        OomEvent event;
        event.kind = EventKind(kind);
        event.killer = Killer(killer);
        const QJsonObject e = testing::incidentJson(event);
        QCOMPARE(e[u"kind"_s].toString(), kindId);
        QCOMPARE(e[u"killer"_s].toString(), killerId);
        // The userspace killer's own account exists only for userspace kills.
        QCOMPARE(e[u"userspace"_s].isObject(), event.kind == EventKind::UserspaceKill);
    }

    void constraintPrintedEmptyIsNotNull()
    {
        OomEvent event;
        event.constraint = QString(); // RHEL 7 backport: "oom-kill:,cpuset=..."
        const QJsonValue value = testing::incidentJson(event)[u"constraint"_s];
        QVERIFY(value.isString());
        QCOMPARE(value.toString(), QString());
    }

    void assumedTimeParts()
    {
        OomEvent event; // syslog RFC 3164: no year, no zone
        event.time = QDateTime(QDate(2021, 9, 11), QTime(12, 24, 42), Qt::UTC);
        event.timeZoneAssumed = true;
        event.timeYearAssumed = true;
        const QJsonObject e = testing::incidentJson(event);
        QCOMPARE(e[u"time"_s].toString(), u"2021-09-11T12:24:42Z"_s);
        QCOMPARE(e[u"time_zone_assumed"_s].toBool(false), true);
        QCOMPARE(e[u"time_year_assumed"_s].toBool(false), true);
    }

    // Every event has its analysis and the document its summary (tst_jsonanalysis checks
    // their contents).
    void analysisAndSummaryArePresent()
    {
        const QJsonObject root =
            reportToJsonObject(testing::sessionOf({fixtures::fullMemcgEvent()}), {});
        QVERIFY(root[u"summary"_s].isObject());
        const QJsonObject a = root[u"events"_s][0][u"analysis"_s].toObject();
        for (const QString &key :
             {u"ranking"_s, u"what_if"_s, u"watermarks"_s, u"fragmentation"_s, u"breakdown"_s})
            QVERIFY2(a.contains(key), qPrintable(key));
        QVERIFY(testing::incidentJson(OomEvent{})[u"analysis"_s].isObject());
    }

    void localTimeGetsItsOffset()
    {
        const QByteArray savedTz = qgetenv("TZ");
        qputenv("TZ", "Asia/Tokyo");
        const QString text =
            isoTime(QDateTime(QDate(2021, 9, 11), QTime(12, 24, 42), Qt::LocalTime));
        qputenv("TZ", savedTz);
        QCOMPARE(text, u"2021-09-11T12:24:42+09:00"_s);
    }

    void utcTimeWithMilliseconds()
    {
        QCOMPARE(isoTime(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 120), Qt::UTC)),
                 u"2024-01-02T03:04:05.120Z"_s);
        QCOMPARE(isoTime(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc())),
                 u"2024-01-02T03:04:05+00:00"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonReport)
#include "tst_jsonreport.moc"
