// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Causes of shapes the corpus lacks, on reports written from the kernel's format strings
// (kernel-formats.md §1.1-§1.8, 4.14-era: no "oom-kill:" summary, no constraint printed):
// a node-bound allocation that looks global, a page fault whose cgroup charge failed,
// memory held where no kill frees it, a platform's own kill line, and the incident that
// no rule explains. Every incident must end with a cause.

#include "core/analysis/causeids.h"
#include "core/analysis/diagnosis.h"
#include "reportfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

struct Diagnosed {
    OomEvent event;
    QList<Cause> causes;
};

QList<Diagnosed> diagnosed(const QByteArray &text)
{
    QList<Diagnosed> out;
    for (OomEvent &event : testing::parseText(text, u"report.log"_s)) {
        QList<Cause> causes = diagnose(event);
        out.append({std::move(event), std::move(causes)});
    }
    return out;
}

QStringList ids(const Diagnosed &d)
{
    QStringList out;
    for (const Cause &c : d.causes)
        out.append(c.id);
    return out;
}

// "Node %d %s free:%lukB min:%lukB low:%lukB high:%lukB … present:%lukB managed:%lukB …"
QByteArray zone(const char *node, const char *name, qint64 freeKb, qint64 minKb, qint64 presentKb)
{
    return QByteArray("[ 5000.100060] Node ") + node + ' ' + name + " free:" + QByteArray::number(freeKb)
        + "kB min:" + QByteArray::number(minKb) + "kB low:" + QByteArray::number(minKb * 5 / 4)
        + "kB high:" + QByteArray::number(minKb * 3 / 2)
        + "kB active_anon:0kB inactive_anon:0kB active_file:0kB inactive_file:0kB unevictable:0kB "
          "writepending:0kB present:"
        + QByteArray::number(presentKb) + "kB managed:" + QByteArray::number(presentKb)
        + "kB mlocked:0kB kernel_stack:0kB pagetables:0kB bounce:0kB free_pcp:0kB local_pcp:0kB free_cma:0kB\n";
}

QByteArray header(const char *comm, const char *gfp)
{
    return QByteArray("[ 5000.100000] ") + comm + " invoked oom-killer: gfp_mask=" + gfp
        + ", nodemask=(null), order=0, oom_score_adj=0\n"
          "[ 5000.100010] " + comm + " cpuset=/ mems_allowed=0-1\n"
          "[ 5000.100020] CPU: 5 PID: 4242 Comm: " + comm + " Not tainted 4.14.0-1-amd64 #1 Debian 4.14.2-1\n"
          "[ 5000.100030] Call Trace:\n"
          "[ 5000.100031]  dump_stack+0x5c/0x85\n"
          "[ 5000.100032]  dump_header+0x94/0x229\n"
          "[ 5000.100033]  oom_kill_process+0x213/0x410\n"
          "[ 5000.100034]  out_of_memory+0x2ab/0x4b0\n";
}

QByteArray memInfo(qint64 slabUnreclaimablePages)
{
    return "[ 5000.100040] Mem-Info:\n"
           "[ 5000.100041] active_anon:400000 inactive_anon:10000 isolated_anon:0\n"
           "[ 5000.100041]  active_file:1000 inactive_file:1000 isolated_file:0\n"
           "[ 5000.100041]  unevictable:0 dirty:0 writeback:0 unstable:0\n"
           "[ 5000.100041]  slab_reclaimable:10000 slab_unreclaimable:"
        + QByteArray::number(slabUnreclaimablePages)
        + "\n"
          "[ 5000.100041]  mapped:1000 shmem:500 pagetables:9000 bounce:0\n"
          "[ 5000.100041]  free:30000 free_pcp:100 free_cma:0\n";
}

QByteArray killLines(const char *comm)
{
    return QByteArray("[ 5000.100090] Out of memory: Kill process 4242 (") + comm
        + ") score 480 or sacrifice child\n"
          "[ 5000.100091] Killed process 4242 ("
        + comm + ") total-vm:1610000kB, anon-rss:1600000kB, file-rss:1000kB, shmem-rss:0kB\n";
}

} // namespace

class TestCauseShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodeBoundAllocationLooksGlobal();
    void pageFaultWithZonesAboveWatermarks();
    void pageFaultAfterTheCgroupsSlabCachesFailed();
    void unreclaimableSlabIsThePrimaryCause();
    void hostExhaustedRemedyFollowsSwap_data();
    void hostExhaustedRemedyFollowsSwap();
    void openvzBeancounter();
    void oomdSwapKillWithoutFigures();
    void nothingFitsIsUndetermined();
};

// Node 0's three zones fail their watermarks, node 1's Normal has 16 GiB free, nothing
// constrains the task in what the report prints: mbind()/set_mempolicy() bound it.
void TestCauseShapes::nodeBoundAllocationLooksGlobal()
{
    const QByteArray log = header("bench", "0x14280ca(GFP_HIGHUSER_MOVABLE|__GFP_ZERO)")
        + "[ 5000.100035]  __alloc_pages_slowpath+0xbb3/0xdc0\n" + memInfo(20000)
        + zone("0", "DMA", 15900, 4, 15992)
        + "[ 5000.100061] lowmem_reserve[]: 0 2900 16000 16000\n"
        + zone("0", "DMA32", 12000, 12000, 3000000)
        + "[ 5000.100063] lowmem_reserve[]: 0 0 13100 13100\n"
        + zone("0", "Normal", 50000, 55000, 13631488) + "[ 5000.100065] lowmem_reserve[]: 0 0 0 0\n"
        + zone("1", "Normal", 16900000, 67000, 16777216)
        + "[ 5000.100067] lowmem_reserve[]: 0 0 0 0\n" + killLines("bench");
    const QList<Diagnosed> events = diagnosed(log);
    QCOMPARE(events.size(), 1);
    const Diagnosed &e = events.first();
    QVERIFY2(!e.causes.isEmpty(), "no cause");
    QCOMPARE(e.causes.first().id, causeid::NumaNodeExhausted);
    QVERIFY(!ids(e).contains(causeid::HostExhausted));
    QVERIFY2(e.causes.first().summary.contains(u"node 0"_s), qPrintable(e.causes.first().summary));
}

QByteArray pageFaultReport()
{
    return header("java", "0x0()") + "[ 5000.100035]  pagefault_out_of_memory+0x5b/0x80\n"
        + "[ 5000.100036]  __do_page_fault+0x4a2/0x510\n" + "[ 5000.100037]  page_fault+0x25/0x50\n"
        + memInfo(20000) + zone("0", "Normal", 12000000, 60000, 16777216)
        + "[ 5000.100065] lowmem_reserve[]: 0 0 0 0\n" + killLines("java");
}

// gfp_mask=0x0() through pagefault_out_of_memory with every zone far above its watermarks:
// a cgroup charge failed (VM_FAULT_OOM), the host had memory.
void TestCauseShapes::pageFaultWithZonesAboveWatermarks()
{
    const QList<Diagnosed> events = diagnosed(pageFaultReport());
    QCOMPARE(events.size(), 1);
    const Diagnosed &e = events.first();
    QCOMPARE(e.causes.first().id, causeid::MemcgLimit);
    QVERIFY(!ids(e).contains(causeid::HostExhausted));
}

// The cgroup's own slab caches (v1 kmem accounting names them "cache(id:cgroup)") failed
// to grow just before: the kernel-memory limit, with that evidence.
void TestCauseShapes::pageFaultAfterTheCgroupsSlabCachesFailed()
{
    QByteArray log;
    for (int i = 0; i < 5; ++i) {
        log +=
            "[ 4999.900000] SLUB: Unable to allocate memory on node -1, gfp=0x14000c0(GFP_KERNEL)\n"
            "[ 4999.900000]   cache: task_struct(1043:docker-4f1e.scope), object size: 3712, "
            "buffer size: 3712, "
            "default order: 3, min order: 0\n"
            "[ 4999.900000]   node 0: slabs: 120, objs: 1054, free: 0\n";
    }
    const QList<Diagnosed> events = diagnosed(log + pageFaultReport());
    // The burst is the OOM's evidence, not an incident of its own.
    QCOMPARE(events.size(), 1);
    const Diagnosed &e = events.first();
    QVERIFY(e.event.slabBurst);
    QCOMPARE(e.event.slabBurst->count, 5);
    QCOMPARE(e.causes.first().id, causeid::KmemLimit);
    QVERIFY(e.causes.first().summary.contains(u"task_struct(1043:docker-4f1e.scope)"_s));
    // The burst's lines are the cause's evidence.
    QVERIFY(e.causes.first().evidence.contains(1));
}

// 12 GiB of 16 GiB in unreclaimable slab: that is where the memory went; the host ran out
// because of it, and killing mysqld could not help.
void TestCauseShapes::unreclaimableSlabIsThePrimaryCause()
{
    const QByteArray log = header("mysqld", "0x14280ca(GFP_HIGHUSER_MOVABLE|__GFP_ZERO)")
        + "[ 5000.100035]  __alloc_pages_slowpath+0xbb3/0xdc0\n" + memInfo(3145728)
        + zone("0", "Normal", 50000, 55000, 16777216) + "[ 5000.100065] lowmem_reserve[]: 0 0 0 0\n"
        + killLines("mysqld");
    const QList<Diagnosed> events = diagnosed(log);
    QCOMPARE(events.size(), 1);
    const Diagnosed &e = events.first();
    QCOMPARE(e.causes.first().id, causeid::SlabUnreclaimable);
    QVERIFY(e.causes.first().summary.contains(u"mysqld"_s));
    const QStringList all = ids(e);
    QVERIFY(all.contains(causeid::HostExhausted));
    QVERIFY(all.indexOf(causeid::SlabUnreclaimable) < all.indexOf(causeid::HostExhausted));
}

// A system-wide OOM hit no cgroup limit, so its remedy is never "limits": swap when there
// was none or it was full (or the excerpt cut the swap lines away), none when swap still had
// room (more of it would not have helped), and the sentence says so.
void TestCauseShapes::hostExhaustedRemedyFollowsSwap_data()
{
    QTest::addColumn<QByteArray>("swapLines");
    QTest::addColumn<QString>("remedy");
    QTest::addColumn<bool>("saysSwapHadRoom");
    QTest::newRow("no swap") << QByteArray(
        "[ 5000.100070] Free swap  = 0kB\n"
        "[ 5000.100071] Total swap = 0kB\n")
                             << remedyid::Swap << false;
    QTest::newRow("swap full") << QByteArray(
        "[ 5000.100070] Free swap  = 4kB\n"
        "[ 5000.100071] Total swap = 2097148kB\n")
                               << remedyid::Swap << false;
    QTest::newRow("swap lines cut") << QByteArray() << remedyid::Swap << false;
    QTest::newRow("swap with room") << QByteArray(
        "[ 5000.100070] Free swap  = 1048576kB\n"
        "[ 5000.100071] Total swap = 2097148kB\n")
                                    << QString() << true;
}

void TestCauseShapes::hostExhaustedRemedyFollowsSwap()
{
    QFETCH(QByteArray, swapLines);
    const QByteArray log = header("java", "0x14280ca(GFP_HIGHUSER_MOVABLE|__GFP_ZERO)")
        + "[ 5000.100035]  __alloc_pages_slowpath+0xbb3/0xdc0\n" + memInfo(10000)
        + zone("0", "Normal", 50000, 55000, 16777216) + "[ 5000.100065] lowmem_reserve[]: 0 0 0 0\n"
        + swapLines + killLines("java");
    const QList<Diagnosed> events = diagnosed(log);
    QCOMPARE(events.size(), 1);
    const Diagnosed &e = events.first();
    const auto host = std::find_if(e.causes.cbegin(), e.causes.cend(), [](const Cause &c) {
        return c.id == causeid::HostExhausted;
    });
    QVERIFY2(host != e.causes.cend(), qPrintable(ids(e).join(u' ')));
    QTEST(host->remedy, "remedy");
    QFETCH(bool, saysSwapHadRoom);
    QCOMPARE(host->summary.contains(u"Swap still had 1.0 GiB of 2.0 GiB free"_s), saysSwapHadRoom);
}

void TestCauseShapes::openvzBeancounter()
{
    const QList<Diagnosed> events = diagnosed(
        "[1982048.529636] Out of memory in UB 317592: OOM killed process 2946 (npm) score 0 "
        "vm:1506164kB, "
        "rss:237752kB, swap:120052kB\n");
    QCOMPARE(events.size(), 1);
    const Diagnosed &e = events.first();
    QCOMPARE(e.causes.first().id, causeid::MemcgLimit);
    QVERIFY2(e.causes.first().summary.contains(u"317592"_s), qPrintable(e.causes.first().summary));
    // The beancounter is changed on the OpenVZ host: no cgroup wizard here can.
    QVERIFY(e.causes.first().remedy.isEmpty());
    QVERIFY(!ids(e).contains(causeid::HostExhausted));
}

// No sentence may render with a missing value.
void TestCauseShapes::oomdSwapKillWithoutFigures()
{
    const QList<Diagnosed> events = diagnosed(
        "systemd-oomd[726]: Considered 3 cgroups for killing, top candidates were:\n"
        "systemd-oomd[726]:         Path: /user.slice/user-1000.slice/session-924.scope\n"
        "systemd-oomd[726]:                 Swap Usage: 7.8G\n"
        "systemd-oomd[726]: Marked /user.slice/user-1000.slice/session-924.scope for killing\n"
        "systemd-oomd[726]: Killed /user.slice/user-1000.slice/session-925.scope\n");
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().causes.first().id, causeid::OomdSwap);
    for (const Diagnosed &e : events) {
        const QString summary = e.causes.first().summary;
        QVERIFY2(!summary.contains(u" in was"_s) && !summary.contains(u"0.0 %"_s)
                     && !summary.contains(u"than ."_s),
                 qPrintable(summary));
    }
    QCOMPARE(events.at(1).causes.first().id, causeid::OomdPressure);
}

// A wrapped header and nothing else: no rule can tell anything, the cause says so.
void TestCauseShapes::nothingFitsIsUndetermined()
{
    const QList<Diagnosed> events = diagnosed(
        "[  112.503101] cc1plus invoked oom-killer:\n"
        "gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(ids(events.first()), QStringList{causeid::Undetermined});
    QVERIFY(events.first().causes.first().summary.contains(u"not in the log"_s));
}

QTEST_GUILESS_MAIN(TestCauseShapes)
#include "tst_causeshapes.moc"
