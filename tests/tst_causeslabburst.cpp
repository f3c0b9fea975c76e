// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// A burst of slab allocation failures as evidence of the OOM it belongs to
// (kernel/slabburst.h): the inputs are written from mm/slub.c slab_out_of_memory() (4.5+:
// "SLUB: Unable to allocate memory on node %d, gfp=%#x(%pGg)", "  cache: %s, object size:
// %u, buffer size: %u, default order: %u, min order: %u", "  node %d: slabs: %ld, objs:
// %ld, free: %ld") and a 4.15 page-fault OOM report (kernel-formats.md §1.1-§1.8).

#include "core/analysis/causeids.h"
#include "core/analysis/diagnosis.h"
#include "core/report/jsonreport.h"
#include "core/report/markdownreport.h"
#include "core/report/reportinputs.h"
#include "core/report/textreport.h"
#include "helpers/sessionfixtures.h"
#include "reportfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

QByteArray stamp(double uptime)
{
    return "[" + QByteArray::number(uptime, 'f', 6).rightJustified(13, ' ') + "] ";
}

// `count` failures of `cache`, half a second apart from `start`.
QByteArray burst(double start, int count, const char *cache)
{
    QByteArray log;
    for (int i = 0; i < count; ++i) {
        const QByteArray at = stamp(start + i * 0.5);
        log += at + "SLUB: Unable to allocate memory on node -1, gfp=0x14000c0(GFP_KERNEL)\n";
        log += at + "  cache: " + cache
            + ", object size: 3712, buffer size: 3712, default order: 3, min order: 0\n";
        log += at + "  node 0: slabs: 120, objs: 1054, free: 0\n";
    }
    return log;
}

// A 4.15 OOM from pagefault_out_of_memory() with every zone far above its watermarks.
QByteArray pageFaultOom(double at, const char *comm = "java", int pid = 5120)
{
    const QByteArray p = QByteArray::number(pid);
    return stamp(at) + comm + " invoked oom-killer: gfp_mask=0x0(), nodemask=(null), order=0, "
                              "oom_score_adj=0\n"
        + stamp(at) + "CPU: 1 PID: " + p + " Comm: " + comm
        + " Not tainted 4.15.0-112-generic #113-Ubuntu\n" + stamp(at) + "Call Trace:\n"
        + stamp(at) + " pagefault_out_of_memory+0x5b/0x80\n" + stamp(at) + "Mem-Info:\n"
        + stamp(at) + "active_anon:100000 inactive_anon:2000 isolated_anon:0\n" + stamp(at)
        + " free:3000000 free_pcp:40 free_cma:0\n" + stamp(at)
        + "Node 0 Normal free:12000000kB min:60000kB low:75000kB high:90000kB "
          "active_anon:400000kB inactive_anon:8000kB active_file:0kB inactive_file:0kB "
          "unevictable:0kB writepending:0kB present:16777216kB managed:16777216kB mlocked:0kB "
          "kernel_stack:1000kB pagetables:2000kB bounce:0kB free_pcp:160kB local_pcp:0kB "
          "free_cma:0kB\n"
        + stamp(at) + "lowmem_reserve[]: 0 0 0 0\n" + stamp(at) + "Out of memory: Kill process "
        + p + " (" + comm + ") score 3 or sacrifice child\n" + stamp(at) + "Killed process " + p
        + " (" + comm + ") total-vm:8400000kB, anon-rss:400000kB, file-rss:0kB, shmem-rss:0kB\n";
}

const char *const memcgCache = "task_struct(1043:docker-4f1e.scope)";

} // namespace

class TestCauseSlabBurst : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstBeforeTheReportIsItsEvidence();
    void burstAfterTheKillIsItsEvidence();
    void burstOfAnotherBootStaysAnEvent();
    void burstMinutesBeforeStaysAnEvent();
    void burstBetweenTwoReportsGoesToTheNextOne();
    void burstWithoutCgroupCachesIsNoKmemLimit();
    void memcgKmemLimitCitesTheBurst();
    void reportsShowTheBurst();
};

void TestCauseSlabBurst::burstBeforeTheReportIsItsEvidence()
{
    const QList<OomEvent> events =
        testing::parseText(burst(4990, 12, memcgCache) + pageFaultOom(5000.1), u"b.log"_s);
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.kind, EventKind::KernelOom);
    QVERIFY(e.slabBurst);
    QCOMPARE(e.slabBurst->count, 12);
    QCOMPARE(e.slabBurst->caches, QStringList{QString::fromLatin1(memcgCache)});
    QCOMPARE(e.slabBurst->gfpMask, u"0x14000c0"_s);
    QCOMPARE(e.slabBurst->gfpFlags, QStringList{u"GFP_KERNEL"_s});
    QCOMPARE(e.slabBurst->lines, (LineSpan{1, 36}));
    QVERIFY(!e.slabBurst->afterKill);
    QVERIFY(e.slabBurst->secondsApart);
    QVERIFY(qAbs(*e.slabBurst->secondsApart - 4.6) < 0.01);
    const QList<Cause> causes = diagnose(e);
    QCOMPARE(causes.first().id, causeid::KmemLimit);
    QVERIFY(causes.first().summary.contains(u"had failed to grow just before"_s));
}

// The fork bomb goes on after the kill: the failures that follow within the window are
// the same shortage.
void TestCauseSlabBurst::burstAfterTheKillIsItsEvidence()
{
    const QList<OomEvent> events =
        testing::parseText(pageFaultOom(5000.1) + burst(5003, 4, memcgCache), u"a.log"_s);
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QVERIFY(e.slabBurst);
    QCOMPARE(e.slabBurst->count, 4);
    QVERIFY(e.slabBurst->afterKill);
    const QList<Cause> causes = diagnose(e);
    QCOMPARE(causes.first().id, causeid::KmemLimit);
    QVERIFY(causes.first().summary.contains(u"after the kill"_s));
}

// Uptime restarted: a burst 10 s after boot, after a report at 5000 s, is another boot's.
void TestCauseSlabBurst::burstOfAnotherBootStaysAnEvent()
{
    const QList<OomEvent> events =
        testing::parseText(pageFaultOom(5000.1) + burst(10, 3, "dentry"), u"r.log"_s);
    QCOMPARE(events.size(), 2);
    QVERIFY(!events.first().slabBurst);
    QCOMPARE(events.at(1).kind, EventKind::AllocFailure);
    QVERIFY(events.at(1).slabBurst);
    QCOMPARE(events.at(1).slabBurst->count, 3);
    QCOMPARE(diagnose(events.first()).first().id, causeid::MemcgLimit);
}

void TestCauseSlabBurst::burstMinutesBeforeStaysAnEvent()
{
    const QList<OomEvent> events =
        testing::parseText(burst(4800, 3, memcgCache) + pageFaultOom(5000.1), u"m.log"_s);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().kind, EventKind::AllocFailure);
    QVERIFY(!events.at(1).slabBurst);
}

// A burst that ends right before the second report's header is that report's, even though
// it is also within a minute of the first report's kill.
void TestCauseSlabBurst::burstBetweenTwoReportsGoesToTheNextOne()
{
    const QList<OomEvent> events = testing::parseText(
        pageFaultOom(5000.1) + burst(5010, 3, memcgCache) + pageFaultOom(5012, "node", 6100),
        u"t.log"_s);
    QCOMPARE(events.size(), 2);
    QVERIFY(!events.first().slabBurst);
    QVERIFY(events.at(1).slabBurst);
    QVERIFY(!events.at(1).slabBurst->afterKill);
}

// Caches shared by the whole host ("dentry", no cgroup in the name) are no evidence of a
// cgroup's kernel-memory limit: the burst is shown, the cause stays memcg-limit.
void TestCauseSlabBurst::burstWithoutCgroupCachesIsNoKmemLimit()
{
    const QList<OomEvent> events =
        testing::parseText(burst(4995, 3, "dentry") + pageFaultOom(5000.1), u"d.log"_s);
    QCOMPARE(events.size(), 1);
    QVERIFY(events.first().slabBurst);
    QCOMPARE(diagnose(events.first()).first().id, causeid::MemcgLimit);
}

// A v1 memcg OOM whose kmem counter fills the usage (3.8-4.20 layout, §1.4): the kmem
// limit, and the cgroup's own caches that failed just before are named with their lines.
void TestCauseSlabBurst::memcgKmemLimitCitesTheBurst()
{
    const QByteArray at = stamp(5000.1);
    const QByteArray report = at
        + "java invoked oom-killer: gfp_mask=0x14000c0(GFP_KERNEL), nodemask=(null), order=0, "
          "oom_score_adj=0\n"
        + at + "Task in /docker/4f1e killed as a result of limit of /docker/4f1e\n" + at
        + "memory: usage 524288kB, limit 524288kB, failcnt 120\n" + at
        + "kmem: usage 520000kB, limit 9007199254740988kB, failcnt 0\n" + at
        + "Memory cgroup out of memory: Kill process 5120 (java) score 999 or sacrifice child\n"
        + at
        + "Killed process 5120 (java) total-vm:8400000kB, anon-rss:4000kB, file-rss:0kB, "
          "shmem-rss:0kB\n";
    const QList<OomEvent> events =
        testing::parseText(burst(4998, 3, memcgCache) + report, u"k.log"_s);
    QCOMPARE(events.size(), 1);
    const QList<Cause> causes = diagnose(events.first());
    QCOMPARE(causes.first().id, causeid::KmemLimit);
    QVERIFY2(causes.first().summary.contains(QString::fromLatin1(memcgCache)),
             qPrintable(causes.first().summary));
    QVERIFY(causes.first().evidence.contains(1));
}

void TestCauseSlabBurst::reportsShowTheBurst()
{
    // Without kernel timestamps the lines decide, and the distance is unknown: said in words.
    QByteArray log = burst(4990, 2, memcgCache) + pageFaultOom(5000.1);
    QByteArray bare;
    for (const QByteArray &line : log.split('\n')) {
        if (!line.isEmpty())
            bare += line.mid(line.indexOf("] ") + 2) + '\n';
    }
    const Session session = testing::sessionOf(testing::parseText(bare, u"bare.log"_s));
    QCOMPARE(session.incidents.size(), 1);
    const ReportContext context = reportContext({}, {}, u"test"_s);

    const QString text = TextReport::render(session, context);
    // "failure(s)" is the plural form's English source; oomlens_en.ts gives "failures".
    QVERIFY2(
        text.contains(u"Slab allocation failures: 2 SLUB allocation failure"_s)
            && text.contains(u" just before the report, in task_struct(1043:docker-4f1e.scope), "
                             "gfp_mask 0x14000c0 (GFP_KERNEL)"_s),
        qPrintable(text));
    QVERIFY2(text.contains(u"slab failures lines 1–6"_s), qPrintable(text));

    const QString markdown = MarkdownReport::render(session, context);
    QVERIFY2(markdown.contains(u"Slab allocation failures"_s), qPrintable(markdown));

    const QJsonObject event = QJsonDocument::fromJson(reportToJson(session, context))
                                  .object()
                                  .value(u"events"_s)
                                  .toArray()
                                  .first()
                                  .toObject();
    const QJsonObject json = event.value(u"slab_burst"_s).toObject();
    QCOMPARE(json.value(u"count"_s).toInt(), 2);
    QCOMPARE(json.value(u"caches"_s).toArray().first().toString(), QString::fromLatin1(memcgCache));
    QCOMPARE(json.value(u"gfp_mask"_s).toString(), u"0x14000c0"_s);
    QCOMPARE(json.value(u"after_kill"_s).toBool(), false);
    QVERIFY(json.value(u"seconds_apart"_s).isNull());
    QCOMPARE(json.value(u"line"_s).toInt(), 1);
    QCOMPARE(json.value(u"last_line"_s).toInt(), 6);
}

QTEST_GUILESS_MAIN(TestCauseSlabBurst)
#include "tst_causeslabburst.moc"
