// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The "analysis" object of an event and the "summary" of the document
// (src/core/report/JSON-CONTRACT.md): numbers worked out by hand from the fixture of
// reportfixtures.h, the null rule for what a report lacks, and the what-if.
#include "core/report/jsonreport.h"
#include "helpers/reportfixtures.h"
#include "helpers/sessionfixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

class TestJsonAnalysis : public QObject
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
    // The fixture's memcg v2 OOM: totalpages = memory.max 65536 kB ÷ 4 kB = 16384 (swap.max
    // unlimited, no swap). python3: rss 7000 + pgtables 184320 B ÷ 4 kB = 45, + adj 999 ×
    // (16384 ÷ 1000 = 16, the kernel divides first) = 15984 → 23029 points; worker-5:
    // 6000 + 45 = 6045.
    void analysisOfAFullEvent()
    {
        const QJsonObject a =
            testing::incidentJson(fixtures::fullMemcgEvent())[u"analysis"_s].toObject();
        const QJsonObject r = a[u"ranking"_s].toObject();
        QCOMPARE(r[u"era"_s].toString(), u"e"_s);
        QCOMPARE(r[u"totalpages"_s].toInteger(), 16384);
        QCOMPARE(r[u"totalpages_constraint"_s].toString(), u"CONSTRAINT_MEMCG"_s);
        QCOMPARE(r[u"tie_rule"_s].toString(), u"last-wins"_s);
        QCOMPARE(r[u"predicted"_s][u"pid"_s].toInteger(), 18746);
        QCOMPARE(r[u"actual"_s][u"comm"_s].toString(), u"python3"_s);
        QCOMPARE(r[u"agreement"_s].toString(), u"agrees"_s);
        QCOMPARE(r[u"agrees"_s].toBool(false), true);
        QVERIFY(r[u"disagreement_reasons"_s].isArray());
        QVERIFY(r[u"score_check"_s].isNull()); // 5.1+ prints no selection score
        const QJsonArray tasks = r[u"tasks"_s].toArray();
        QCOMPARE(tasks.size(), 7);
        QCOMPARE(tasks[0][u"pid"_s].toInteger(), 18746);
        QCOMPARE(tasks[0][u"points"_s].toInteger(), 23029);
        QCOMPARE(tasks[0][u"share_permille"_s].toDouble(), 1405.6);
        QCOMPARE(tasks[0][u"rank"_s].toInt(), 1);
        QVERIFY(tasks[0][u"oom_score"_s].isNull()); // memcg totalpages: no /proc oom_score
        QCOMPARE(tasks[1][u"comm"_s].toString(), u"worker-5"_s);
        QCOMPARE(tasks[1][u"points"_s].toInteger(), 6045);
        QCOMPARE(tasks[1][u"rank"_s].toInt(), 2);
        QVERIFY(tasks[1][u"ineligible_reason"_s].isNull());

        // GFP_KERNEL order 0: free 20480 kB against min 30720 kB, no reserve → 10244 kB short
        // (free must exceed the mark, so one page more than the difference).
        const QJsonObject w = a[u"watermarks"_s].toObject();
        QCOMPARE(w[u"order"_s].toInt(-1), 0);
        QCOMPARE(w[u"highest_zone"_s].toString(), u"Normal"_s);
        QCOMPARE(w[u"any_zone_passes"_s].toBool(true), false);
        const QJsonObject zone = w[u"zones"_s][0].toObject();
        QCOMPARE(zone[u"usable"_s].toBool(), true);
        QCOMPARE(zone[u"passes"_s].toBool(true), false);
        QCOMPARE(zone[u"usable_free_kb"_s].toInteger(), 20480);
        QCOMPARE(zone[u"required_kb"_s].toInteger(), 30720);
        QCOMPARE(zone[u"reserve_kb"_s].toInteger(-1), 0);
        QCOMPARE(zone[u"short_kb"_s].toInteger(), 10244);
        QCOMPARE(zone[u"largest_free_order"_s].toInt(-1), 0);
        QCOMPARE(zone[u"line"_s].toInteger(), 125);

        // Ten free order-0 pages: at order 0 all usable, and the request would succeed.
        const QJsonObject frag = a[u"fragmentation"_s][0].toObject();
        QCOMPARE(frag[u"free_pages"_s].toInteger(), 10);
        QCOMPARE(frag[u"unusable_index"_s].toDouble(-1), 0.0);
        QCOMPARE(frag[u"fragmentation_index"_s].toDouble(), -1.0);

        // RAM: 4194304 pages × 4 kB; anon 1000 pages, free 5120 pages, the rest unaccounted.
        const QJsonObject ram = a[u"breakdown"_s][u"ram"_s].toObject();
        QCOMPARE(ram[u"total_kb"_s].toInteger(), 16777216);
        qint64 sum = 0;
        for (const QJsonValue part : ram[u"parts"_s].toArray())
            sum += part[u"kb"_s].toInteger();
        QCOMPARE(sum, 16777216);
        QCOMPARE(ram[u"parts"_s].toArray().last()[u"id"_s].toString(), u"unaccounted"_s);
        QCOMPARE(ram[u"parts"_s].toArray().last()[u"kb"_s].toInteger(), 16777216 - 4000 - 20480);
        // memcg: anon 66584576 B = 65024 kB of the 65536 kB usage.
        const QJsonObject memcg = a[u"breakdown"_s][u"memcg"_s].toObject();
        QCOMPARE(memcg[u"total_kb"_s].toInteger(), 65536);
        QCOMPARE(memcg[u"parts"_s][0][u"id"_s].toString(), u"anon"_s);
        QCOMPARE(memcg[u"parts"_s][0][u"kb"_s].toInteger(), 65024);
        QVERIFY(a[u"what_if"_s].isNull());
    }

    void analysisNullRules_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("ranked");
        QTest::newRow("kernel kill line only") << int(EventKind::KernelOom) << true;
        QTest::newRow("userspace kill") << int(EventKind::UserspaceKill) << false;
        QTest::newRow("alloc failure") << int(EventKind::AllocFailure) << false;
    }

    void analysisNullRules()
    {
        QFETCH(int, kind);
        QFETCH(bool, ranked);
        OomEvent event;
        event.kind = EventKind(kind);
        ZoneState cut; // a cut zone line: no numbers
        cut.name = u"DMA32"_s;
        ZoneState normal; // no lowmem_reserve line: only its own reserve (0) is known
        normal.name = u"Normal"_s;
        normal.fieldsKb = {{u"free"_s, 4096}, {u"min"_s, 8192}};
        event.zones = {cut, normal};
        event.trigger.order = 0;
        const QJsonObject a = testing::incidentJson(event)[u"analysis"_s].toObject();
        QCOMPARE(a[u"ranking"_s].isObject(), ranked);
        if (ranked) {
            verifyNull(a[u"ranking"_s].toObject(),
                       {u"totalpages"_s, u"totalpages_basis"_s, u"predicted"_s, u"actual"_s,
                        u"agrees"_s, u"score_check"_s, u"selected_pid"_s});
            QCOMPARE(a[u"ranking"_s][u"tasks"_s].toArray().size(), 0);
        }
        verifyNull(a[u"watermarks"_s][u"zones"_s][0].toObject(),
                   {u"passes"_s, u"free_kb"_s, u"min_kb"_s, u"required_kb"_s, u"short_kb"_s,
                    u"reserve_kb"_s, u"largest_free_order"_s, u"node"_s, u"line"_s});
        const QJsonObject normalVerdict = a[u"watermarks"_s][u"zones"_s][1].toObject();
        QCOMPARE(normalVerdict[u"reserve_kb"_s].toInteger(-1), 0);
        QCOMPARE(normalVerdict[u"short_kb"_s].toInteger(), 8192 - 4096 + 4);
        verifyNull(a, {u"what_if"_s});
        QCOMPARE(a[u"fragmentation"_s].toArray().size(), 0);
        verifyNull(a[u"breakdown"_s].toObject(), {u"ram"_s, u"memcg"_s});
    }

    void whatIf_data()
    {
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<int>("adj"); // 9999 = remove the task
        QTest::addColumn<qint64>("predicted");
        QTest::newRow("python3 shielded → worker-5") << qint64(18746) << -1000 << qint64(18745);
        QTest::newRow("python3 removed → worker-5") << qint64(18746) << 9999 << qint64(18745);
        QTest::newRow("python3 at adj 0 still has the most") << qint64(18746) << 0 << qint64(18746);
        // 7045 + adj × 16 against worker-5's 6045: -62 leaves 6053, -63 leaves 6037.
        QTest::newRow("python3 at -62 still dies") << qint64(18746) << -62 << qint64(18746);
        QTest::newRow("python3 at -63 → worker-5") << qint64(18746) << -63 << qint64(18745);
        QTest::newRow("a pid not in the table") << qint64(1) << 0 << qint64(18746);
    }

    void whatIf()
    {
        QFETCH(qint64, pid);
        QFETCH(int, adj);
        QFETCH(qint64, predicted);
        const OomEvent event = fixtures::fullMemcgEvent();
        WhatIfChange change;
        change.pid = pid;
        change.oomScoreAdj = adj;
        if (adj == 9999)
            change.kind = WhatIfChange::Kind::RemoveTask;
        const QJsonObject w =
            testing::incidentJson(event, AnalysisOptions{{change}})[u"analysis"_s][u"what_if"_s]
                .toObject();
        QCOMPARE(w[u"changes"_s][0][u"pid"_s].toInteger(), pid);
        QCOMPARE(w[u"changes"_s][0][u"remove"_s].toBool(), adj == 9999);
        QCOMPARE(w[u"changes"_s][0][u"oom_score_adj"_s].isNull(), adj == 9999);
        QCOMPARE(w[u"baseline"_s][u"pid"_s].toInteger(), 18746);
        QCOMPARE(w[u"baseline"_s][u"comm"_s].toString(), u"python3"_s);
        QCOMPARE(w[u"predicted"_s][u"pid"_s].toInteger(), predicted);
        QCOMPARE(w[u"changed"_s].toBool(), predicted != 18746);
        QCOMPARE(w[u"tasks"_s].toArray().size(), adj == 9999 ? 6 : 7);
    }

    // A second report 10 s after the first, same log: the first victim is still listed but
    // already reaped, so the kernel's next choice is worker-5. Alone, python3 again.
    void eventsAreRankedWithTheirPredecessors()
    {
        OomEvent second = fixtures::fullMemcgEvent();
        second.uptimeSeconds = *second.uptimeSeconds + 10;
        second.victims.first().pid = 18745;
        second.victims.first().comm = u"worker-5"_s;
        const QJsonArray events = testing::incidentsJson({fixtures::fullMemcgEvent(), second});
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0][u"analysis"_s][u"ranking"_s][u"predicted"_s][u"pid"_s].toInteger(),
                 18746);
        const QJsonObject r = events[1][u"analysis"_s][u"ranking"_s].toObject();
        QCOMPARE(r[u"predicted"_s][u"pid"_s].toInteger(), 18745);
        QCOMPARE(r[u"agreement"_s].toString(), u"agrees"_s);
        const QJsonObject reaped = r[u"tasks"_s].toArray().last().toObject(); // unranked: last
        QCOMPARE(reaped[u"pid"_s].toInteger(), 18746);
        QCOMPARE(reaped[u"ineligible_reason"_s].toString(), u"already-reaped"_s);
        QVERIFY(reaped[u"rank"_s].isNull());
        QCOMPARE(
            testing::incidentJson(second)[u"analysis"_s][u"ranking"_s][u"predicted"_s][u"pid"_s]
                .toInteger(),
            18746);
    }

    void summaryAtTheTopLevel()
    {
        OomEvent later = fixtures::fullMemcgEvent();
        later.time = later.time->addSecs(3600);
        later.uptimeSeconds = *later.uptimeSeconds + 3600;
        const QJsonObject s =
            reportToJsonObject(testing::sessionOf({fixtures::fullMemcgEvent(), later}),
                               {})[u"summary"_s]
                .toObject();
        QCOMPARE(s[u"events"_s].toInt(), 2);
        QCOMPARE(s[u"kinds"_s][u"kernel-oom"_s].toInt(), 2);
        QCOMPARE(s[u"kinds"_s][u"alloc-failure"_s].toInt(-1), 0);
        QCOMPARE(s[u"primary_causes"_s][0][u"cause"_s].toString(), u"memcg-ancestor-limit"_s);
        QCOMPARE(s[u"victims"_s][0][u"comm"_s].toString(), u"python3"_s);
        QCOMPARE(s[u"victims"_s][0][u"count"_s].toInt(), 2);
        QCOMPARE(s[u"victims"_s][0][u"pids"_s].toArray(), QJsonArray({18746}));
        QCOMPARE(s[u"cgroups"_s][0][u"cgroup"_s].toString(), u"/kubepods/burstable/pod1"_s);
        QCOMPARE(s[u"cgroups"_s][0][u"limit_hits"_s].toInt(), 2);
        QCOMPARE(s[u"units"_s][0][u"unit"_s].toString(), u"kubelet.service"_s);
        QCOMPARE(s[u"days"_s][0][u"date"_s].toString(), u"2024-05-01"_s);
        QCOMPARE(s[u"boots"_s].toArray().size(), 1);
        QCOMPARE(s[u"boots"_s][0][u"host"_s].toString(), u"node7"_s);
        QCOMPARE(s[u"intervals"_s][u"min_s"_s].toDouble(), 3600.0);
        QCOMPARE(s[u"intervals"_s][u"basis"_s].toString(), u"time"_s);
        const QJsonObject empty = reportToJsonObject(Session{}, {})[u"summary"_s].toObject();
        QCOMPARE(empty[u"events"_s].toInt(-1), 0);
        QVERIFY(empty[u"intervals"_s].isNull());
        QVERIFY(empty[u"victims"_s].isArray());
    }
};

QTEST_GUILESS_MAIN(TestJsonAnalysis)
#include "tst_jsonanalysis.moc"
