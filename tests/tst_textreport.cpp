// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The text and Markdown summaries: causes first, one "what happened" sentence with the
// incident's own numbers, human-readable sizes, inputs and errors at the end; the analysis
// (ranking, watermarks, fragmentation, where the memory went, what-if) and the session
// summary, with numbers worked out by hand from the fixture (see tst_jsonreport).
#include "core/report/analysisformat.h"
#include "core/report/markdownreport.h"
#include "core/report/reportformat.h"
#include "core/report/textreport.h"
#include "helpers/reportfixtures.h"
#include "helpers/sessionfixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

class TestTextReport : public QObject
{
    Q_OBJECT

private:
    static ReportContext context()
    {
        ReportContext c;
        c.generator = u"oomlens-cli 0.1.0"_s;
        c.inputs = {{u"/var/log/kern.log"_s, u"text"_s, {}, 123456, 400, 1}};
        c.errors = {{u"/nope"_s, u"No such file or directory"_s}};
        return c;
    }

private Q_SLOTS:
    void sizes_data()
    {
        QTest::addColumn<qint64>("kb");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0 KiB"_s;
        QTest::newRow("kib") << qint64(1023) << u"1023 KiB"_s;
        QTest::newRow("one-mib") << qint64(1024) << u"1.0 MiB"_s;
        QTest::newRow("victim-anon") << qint64(65024) << u"63.5 MiB"_s;
        QTest::newRow("gib") << qint64(25891448) << u"24.7 GiB"_s;
        QTest::newRow("tib") << qint64(2) * 1024 * 1024 * 1024 << u"2.0 TiB"_s;
    }

    void sizes()
    {
        QFETCH(qint64, kb);
        QFETCH(QString, text);
        QCOMPARE(ReportFormat::size(kb), text);
    }

    void unknownSizesSayUnknown()
    {
        QCOMPARE(ReportFormat::size(std::optional<qint64>()), u"unknown"_s);
        QCOMPARE(ReportFormat::size(std::optional<KiB>()), u"unknown"_s);
        QCOMPARE(ReportFormat::pages(Pages(12), std::nullopt), u"12 pages"_s);
        QCOMPARE(ReportFormat::pages(Pages(256), KiB(4)), u"1.0 MiB"_s);
    }

    void whatHappenedForAMemcgOom()
    {
        QCOMPARE(ReportFormat::whatHappened(fixtures::fullMemcgEvent()),
                 u"Memory cgroup OOM in /kubepods/burstable/pod1: killed python3 (pid 18746, "
                 "anon 63.5 MiB) — limit 64.0 MiB reached, failcnt 12"_s);
    }

    void whatHappened_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("global-no-swap")
            << 0 << u"System-wide OOM: killed apache2 (pid 5928) — swap: no swap configured"_s;
        QTest::newRow("header-suppressed")
            << 1 << u"OOM kill (report suppressed): killed java (pid 7)"_s;
        QTest::newRow("no-killable") << 2 << u"System-wide OOM: no killable process was found"_s;
        QTest::newRow("oomd")
            << 3
            << u"systemd-oomd killed /user.slice/app.scope — memory pressure 72.5% above the limit 60.0% for 20s"_s;
        QTest::newRow("alloc-failure")
            << 4
            << u"clinfo could not allocate an order-9 block (0x194dc2); the kernel did not kill anything for it"_s;
    }

    void whatHappened()
    {
        QFETCH(int, scenario);
        QFETCH(QString, sentence);
        OomEvent e;
        Victim v;
        switch (scenario) {
        case 0:
            e.constraint = u"CONSTRAINT_NONE"_s;
            v.pid = 5928;
            v.comm = u"apache2"_s;
            e.victims = {v};
            e.swap.totalKb = KiB(0);
            e.swap.freeKb = KiB(0);
            break;
        case 1:
            e.headerSuppressed = true;
            v.pid = 7;
            v.comm = u"java"_s;
            e.victims = {v};
            break;
        case 2: e.noKillableTask = true; break;
        case 3:
            e.kind = EventKind::UserspaceKill;
            e.killer = Killer::SystemdOomd;
            e.userspace.pressurePercent = 72.5;
            e.userspace.limitPercent = 60;
            e.userspace.duration = u"20s"_s;
            v.cgroup = u"/user.slice/app.scope"_s;
            e.victims = {v};
            break;
        case 4:
            e.kind = EventKind::AllocFailure;
            e.trigger.comm = u"clinfo"_s;
            e.trigger.order = 9;
            e.trigger.gfpMask = u"0x194dc2"_s;
            break;
        }
        QCOMPARE(ReportFormat::whatHappened(e), sentence);
    }

    void textPutsCausesFirstAndInputsLast()
    {
        const QString text =
            TextReport::render(testing::sessionOf({fixtures::fullMemcgEvent()}), context());
        const qsizetype causes = text.indexOf(u"Causes:"_s);
        const qsizetype what = text.indexOf(u"What happened: Memory cgroup OOM"_s);
        const qsizetype trigger = text.indexOf(u"Trigger: python3 (pid 18746)"_s);
        const qsizetype inputs =
            text.indexOf(u"Inputs:\n  /var/log/kern.log (text, 120 KiB, 400 lines, 1 event)"_s);
        const qsizetype errors = text.indexOf(u"Errors:\n  /nope: No such file or directory"_s);
        QVERIFY(causes > 0);
        QVERIFY(what > causes);
        QVERIFY(trigger > what);
        QVERIFY(inputs > trigger);
        QVERIFY(errors > inputs);
        QVERIFY(text.contains(u"[critical] memcg-ancestor-limit: "_s));
        QVERIFY(text.contains(u"(evidence: lines 100, 119, 120, 150; fix: limits wizard)"_s));
        QVERIFY(text.contains(u"Constraint: CONSTRAINT_MEMCG"_s));
        QVERIFY(text.contains(u"memory: usage 64.0 MiB, limit 64.0 MiB, failcnt 12"_s));
        QVERIFY(text.contains(u"swap: usage 0 KiB, limit unlimited, failcnt 0"_s));
        QVERIFY(text.contains(u"Node 0 Normal: free 20.0 MiB < min 30.0 MiB"_s));
        QVERIFY(text.contains(u"Largest tasks by rss (5 of 7):"_s));
        QVERIFY(text.contains(u"kill of python3 line 150"_s));
        // The five largest by rss, largest first: the sixth and seventh are left out.
        QVERIFY(text.indexOf(u"worker-5"_s) < text.indexOf(u"worker-2"_s));
        QVERIFY(!text.contains(u"worker-1"_s));
        QVERIFY(!text.contains(u"\x1b["_s)); // no colours in a string
    }

    void textWithoutEvents()
    {
        const QString text = TextReport::render(Session{}, {});
        QCOMPARE(text, u"No OOM incidents found.\n"_s);
    }

    void markdownHasHeadingsAndTables()
    {
        OomEvent event = fixtures::fullMemcgEvent();
        event.victims.first().comm = u"a|b*c"_s;
        const QString md = MarkdownReport::render(testing::sessionOf({event}), context());
        QVERIFY(md.startsWith(u"# OOM Lens report\n"_s));
        QVERIFY(md.contains(u"\n## Incident 1: Memory cgroup OOM\n"_s));
        QVERIFY(md.indexOf(u"### Causes"_s) < md.indexOf(u"**What happened:**"_s));
        QVERIFY(md.contains(u"| pid | process | uid | cgroup |"_s));
        QVERIFY(md.contains(u"| 18746 | a\\|b\\*c | 1000 |"_s));
        QVERIFY(md.contains(u"| memory | 64.0 MiB | 64.0 MiB | 12 | line 119 |"_s));
        QVERIFY(md.contains(u"| Node 0 Normal | 20.0 MiB | 30.0 MiB |"_s));
        QVERIFY(md.contains(u"**below min**"_s));
        QVERIFY(md.contains(u"## Inputs"_s));
        QVERIFY(md.contains(u"## Errors\n\n- `/nope`: No such file or directory\n"_s));
        QVERIFY(md.endsWith(u"\n"_s) && !md.endsWith(u"\n\n"_s));
        QVERIFY(md.indexOf(
                    u"### Kernel's victim ranking (badness formula of 5.9+, confidence high)\n\n"_s)
                > md.indexOf(u"**What happened:**"_s));
        QVERIFY(md.contains(u"| rank | pid | points | adj | name |\n"_s));
        QVERIFY(md.contains(u"| 1 | 18746 | 23029 | 999 | python3 |\n"_s));
        QVERIFY(md.contains(u"| sum | 64.0 MiB | 100.0% |\n"_s));
        QVERIFY(md.contains(u"| Node 0 Normal | fails | 20.0 MiB |"_s));
    }

    void textShowsTheAnalysisAfterWhatHappened()
    {
        const QString text =
            TextReport::render(testing::sessionOf({fixtures::fullMemcgEvent()}), context());
        const qsizetype what = text.indexOf(u"What happened:"_s);
        const qsizetype ranking = text.indexOf(
            u"  Kernel's victim ranking (badness formula of 5.9+, confidence high):\n"
            "    totalpages 16384: "_s);
        const qsizetype zones = text.indexOf(
            u"  Zones against their watermarks for the order-0 allocation (zones up to Normal):\n"
            "    No zone this allocation may use passes: Node 0 Normal short by 10.0 MiB.\n"_s);
        const qsizetype ram = text.indexOf(u"  Where the memory went (RAM 16.0 GiB):\n"_s);
        const qsizetype memcg =
            text.indexOf(u"  Where the memory went in the memory cgroup (usage 64.0 MiB):\n"_s);
        QVERIFY(what > 0);
        QVERIFY(ranking > what);
        QVERIFY(zones > ranking);
        QVERIFY(ram > zones);
        QVERIFY(memcg > ram);
        // A memcg OOM: points against the cgroup's limit, no /proc oom_score column.
        QVERIFY(
            text.contains(u"    7 tasks in the table\n    rank    pid  points  adj  name\n"
                          "       1  18746   23029  999  python3\n"
                          "       2  18745    6045    0  worker-5\n"_s));
        QVERIFY(!text.contains(u"  worker-0\n"_s)); // the top 5 only
        QVERIFY(text.contains(
            u"    Predicted victim: python3 (pid 18746), the task the kernel killed.\n"_s));
        QVERIFY(
            text.contains(u"    Node 0 Normal   fails  20.0 MiB     20.0 MiB  30.0 MiB    0 KiB"
                          "         30.0 MiB  10.0 MiB  order 0 (4 KiB)\n"_s));
        // The memcg's parts with their sum: 65024 kB anon + 512 kB unaccounted = 64 MiB.
        QVERIFY(
            text.contains(u"    anonymous memory  63.5 MiB   99.2%\n    unaccounted        512 KiB"
                          "    0.8%\n    sum               64.0 MiB  100.0%\n"_s));
        QVERIFY(!text.contains(u"Fragmentation"_s)); // order 0: nothing to say
        QVERIFY(!text.contains(u"Across the"_s)); // one incident: no summary
        QVERIFY(!text.contains(u"What-if"_s));
    }

    void fragmentationForHigherOrders()
    {
        OomEvent event = fixtures::fullMemcgEvent();
        event.trigger.order = 3;
        const QString text = TextReport::render(testing::sessionOf({event}), {});
        // Ten order-0 pages: none serves order 3 (unusable 1.000); fragmentation index
        // 1000 − (1000 + 10·1000/8) / 10 = 775.
        QVERIFY(text.contains(u"  Fragmentation at order 3:\n"_s));
        QVERIFY(
            text.contains(u"    Node 0 Normal  40 KiB     order 0 (4 KiB)           1.000"
                          "                0.775\n"_s));
        QVERIFY(text.contains(
            u"Node 0 Normal short by 10.0 MiB and without a free block of order 3."_s));
    }

    void whatIfInTextAndMarkdown()
    {
        const QList<OomEvent> events{fixtures::fullMemcgEvent()};
        WhatIfChange change;
        change.pid = 18746;
        change.oomScoreAdj = -1000;
        const Session session = testing::sessionOf(events, AnalysisOptions{{change}});
        const QString text = TextReport::render(session, {});
        QVERIFY(
            text.contains(u"  What-if: pid 18746 with oom_score_adj -1000:\n    The kernel would "
                          "pick worker-5 (pid 18745) instead of python3 (pid 18746).\n"_s));
        QVERIFY(text.contains(u"       1  18745    6045    0  worker-5\n"_s));
        const QString md = MarkdownReport::render(session, {});
        QVERIFY(md.contains(u"### What-if: pid 18746 with oom\\_score\\_adj -1000\n\n"_s));
        QVERIFY(md.contains(u"| 1 | 18745 | 6045 | 0 | worker-5 |\n"_s));
    }

    void summaryOnlyForSeveralIncidents_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one incident") << 1;
        QTest::newRow("two incidents") << 2;
        QTest::newRow("three incidents") << 3;
    }

    void summaryOnlyForSeveralIncidents()
    {
        QFETCH(int, count);
        QList<OomEvent> events;
        for (int i = 0; i < count; ++i) {
            OomEvent event = fixtures::fullMemcgEvent();
            event.time = event.time->addSecs(90 * i);
            event.uptimeSeconds = *event.uptimeSeconds + 90 * i;
            events.append(event);
        }
        const QString text = TextReport::render(testing::sessionOf(events), {});
        const QString md = MarkdownReport::render(testing::sessionOf(events), {});
        const QString heading = u"Across the %1 incidents"_s.arg(count);
        QCOMPARE(text.contains(heading + u":\n  Kinds: kernel OOM killer %1\n"_s.arg(count)),
                 count > 1);
        QCOMPARE(md.contains(u"## "_s + heading + u"\n\n- **Kinds:** kernel OOM killer "_s),
                 count > 1);
        if (count < 2)
            return;
        // The summary comes before the first incident.
        QVERIFY(text.indexOf(heading) < text.indexOf(u"Incident 1 of"_s));
        QVERIFY(text.contains(u"  Recurring victims: python3 ×%1 (pids 18746)\n"_s.arg(count)));
        QVERIFY(text.contains(u"  Per boot: boot 1 of node7: %1\n"_s.arg(count)));
        QVERIFY(text.contains(
            u"  Intervals: min 1 min 30 s, median 1 min 30 s, max 1 min 30 s (wall clock)\n"_s));
    }

    void predictionSentences_data()
    {
        QTest::addColumn<int>("agreement");
        QTest::addColumn<qint64>("predicted"); // 0 = none
        QTest::addColumn<qint64>("actual"); // 0 = none
        QTest::addColumn<QString>("sentence");
        QTest::newRow("agrees") << int(Agreement::Agrees) << qint64(7) << qint64(7)
                                << u"Predicted victim: a (pid 7), the task the kernel killed."_s;
        QTest::newRow("differs")
            << int(Agreement::Differs) << qint64(7) << qint64(8)
            << u"Predicted victim: a (pid 7), but the kernel killed b (pid 8)."_s;
        QTest::newRow("no kill line")
            << int(Agreement::NoActualVictim) << qint64(7) << qint64(0)
            << u"Predicted victim: a (pid 7); the log does not say whom the kernel killed."_s;
        QTest::newRow("no table")
            << int(Agreement::NoPrediction) << qint64(0) << qint64(8)
            << u"No victim can be predicted from this report; the kernel killed b (pid 8)."_s;
        QTest::newRow("nothing killable")
            << int(Agreement::Agrees) << qint64(0) << qint64(0)
            << u"No victim was predicted, and the kernel killed none."_s;
    }

    void predictionSentences()
    {
        QFETCH(int, agreement);
        QFETCH(qint64, predicted);
        QFETCH(qint64, actual);
        QFETCH(QString, sentence);
        RankingResult r;
        r.agreement = Agreement(agreement);
        if (predicted) {
            r.predictedPid = predicted;
            r.predictedComm = u"a"_s;
        }
        if (actual) {
            r.actualPid = actual;
            r.actualComm = u"b"_s;
        }
        QCOMPARE(AnalysisFormat::prediction(r), sentence);
    }

    void durations_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << u"0 s"_s;
        QTest::newRow("sub-second") << 0.4 << u"0.4 s"_s;
        QTest::newRow("seconds") << 45.0 << u"45 s"_s;
        QTest::newRow("minutes") << 200.0 << u"3 min 20 s"_s;
        QTest::newRow("hours") << 7500.0 << u"2 h 5 min"_s;
        QTest::newRow("days") << 3.0 * 86400 + 4 * 3600 << u"3 d 4 h"_s;
    }

    void durations()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(AnalysisFormat::duration(seconds), text);
    }

    void markdownEscape() { QCOMPARE(MarkdownReport::escape(u"a_b|c\nd"_s), u"a\\_b\\|c d"_s); }
};

QTEST_GUILESS_MAIN(TestTextReport)
#include "tst_textreport.moc"
