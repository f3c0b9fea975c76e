// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The line parsers of the kernel OOM report, one data row per kernel era or vendor form
// (docs/kernel-formats.md §1). Rows quote real lines; the corpus case is named where one came
// from there.

#include "core/parse/kernel/headerlines.h"
#include "core/parse/kernel/killlines.h"
#include "core/parse/kernel/memcglines.h"
#include "core/parse/kernel/meminfolines.h"
#include "core/parse/kernel/tasktable.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

class TestKernelLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void header_data();
    void header();
    void headerRejectsOtherLines();
    void stackHeader_data();
    void stackHeader();
    void callPath_data();
    void callPath();
    void killed_data();
    void killed();
    void selection_data();
    void selection();
    void summary_data();
    void summary();
    void reaper_data();
    void reaper();
    void memcgCounter_data();
    void memcgCounter();
    void memcgStats();
    void taskRow_data();
    void taskRow();
    void zoneLine();
    void buddyLine_data();
    void buddyLine();
    void summaryLines_data();
    void summaryLines();
    void panic_data();
    void panic();
};

void TestKernelLines::header_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<QString>("gfp");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("nodemask");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("adj"); // oom_score_adj, or oom_adj/oomkilladj before 2.6.36; 9999 = none

    QTest::newRow("2.6.24 oomkilladj (019)")
        << u"Xorg invoked oom-killer: gfp_mask=0x2d0, order=0, oomkilladj=0"_s << u"Xorg"_s
        << u"0x2d0"_s << QStringList{} << QString() << 0 << 0;
    QTest::newRow("2.6.32 oom_adj")
        << u"java invoked oom-killer: gfp_mask=0x201da, order=0, oom_adj=-17"_s << u"java"_s
        << u"0x201da"_s << QStringList{} << QString() << 0 << -17;
    QTest::newRow("3.10 rhel7 (004)")
        << u"monocular invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=-998"_s
        << u"monocular"_s << u"0xd0"_s << QStringList{} << QString() << 0 << -998;
    QTest::newRow("4.14 two spaces before order")
        << u"chrome invoked oom-killer: gfp_mask=0x14280ca(GFP_HIGHUSER_MOVABLE|__GFP_ZERO), nodemask=(null),  order=0, oom_score_adj=300"_s
        << u"chrome"_s << u"0x14280ca"_s << QStringList{u"GFP_HIGHUSER_MOVABLE"_s, u"__GFP_ZERO"_s}
        << u"(null)"_s << 0 << 300;
    QTest::newRow("4.19 masked gfp (006)")
        << u"test invoked oom-killer: gfp_mask=0x62****(GFP_HIGHUSER_MOVABLE|__GFP_ZERO), nodemask=(null), order=0, oom_score_adj=0"_s
        << u"test"_s << u"0x62****"_s << QStringList{u"GFP_HIGHUSER_MOVABLE"_s, u"__GFP_ZERO"_s}
        << u"(null)"_s << 0 << 0;
    QTest::newRow("6.x comm with space (051)")
        << u"C1 CompilerThre invoked oom-killer: gfp_mask=0x6000c0(GFP_KERNEL), nodemask=(null), order=0, oom_score_adj=-997"_s
        << u"C1 CompilerThre"_s << u"0x6000c0"_s << QStringList{u"GFP_KERNEL"_s} << u"(null)"_s << 0
        << -997;
    QTest::newRow("sysrq order -1 (038)")
        << u"kworker/2:2 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=-1, oom_score_adj=0"_s
        << u"kworker/2:2"_s << u"0xcc0"_s << QStringList{u"GFP_KERNEL"_s} << QString() << -1 << 0;
    QTest::newRow("cut after order (009)")
        << u"test invoked oom-killer: gfp_mask=0x62****(GFP_HIGHUSER_MOVABLE|__GFP_ZERO), nodemask=(null), order=0,"_s
        << u"test"_s << u"0x62****"_s << QStringList{u"GFP_HIGHUSER_MOVABLE"_s, u"__GFP_ZERO"_s}
        << u"(null)"_s << 0 << 9999;
    QTest::newRow("2.6.16 no comm (045)") << u"oom-killer: gfp_mask=0xd0, order=1"_s << QString()
                                          << u"0xd0"_s << QStringList{} << QString() << 1 << 9999;
}

void TestKernelLines::header()
{
    QFETCH(QString, line);
    const auto header = headerlines::parseHeader(line);
    QVERIFY(header);
    QTEST(header->comm, "comm");
    QTEST(header->gfpMask, "gfp");
    QTEST(header->gfpFlags, "flags");
    QTEST(header->nodemask, "nodemask");
    QVERIFY(header->order);
    QTEST(*header->order, "order");
    QFETCH(int, adj);
    const auto actual = header->oomScoreAdj ? header->oomScoreAdj : header->oomAdj;
    if (adj == 9999)
        QVERIFY(!actual);
    else
        QCOMPARE(actual, std::optional<int>(adj));
}

void TestKernelLines::headerRejectsOtherLines()
{
    QVERIFY(!headerlines::parseHeader(u"Out of memory: Killed process 1 (x)"));
    // 2.6.16 interleaving glued the header onto a stack frame (045): still a header.
    const auto glued = headerlines::parseHeader(
        u"[__alloc_pages+623/795] __alloc_pages+0x26f/0x31boom-killer: gfp_mask=0xd0, order=1");
    QVERIFY(glued);
    QVERIFY(glued->gluedToPreviousLine);
    QCOMPARE(glued->order, 1);
}

void TestKernelLines::stackHeader_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<QString>("release");
    QTest::newRow("3.10 rhel7 tainted (004)")
        << u"CPU: 0 PID: 26049 Comm: monocular Tainted: G               ------------ T 3.10.0-693.11.6.el7.x86_64 #1"_s
        << qint64(26049) << u"monocular"_s << u"3.10.0-693.11.6.el7.x86_64"_s;
    QTest::newRow("6.12+ UID (056)")
        << u"CPU: 1 UID: 0 PID: 18746 Comm: python3 Not tainted 6.18.44-fc-v769 #1 PREEMPT(none) "_s
        << qint64(18746) << u"python3"_s << u"6.18.44-fc-v769"_s;
    QTest::newRow("kdump loaded, comm with space (051)")
        << u"CPU: 21 PID: 585614 Comm: C1 CompilerThre Kdump: loaded Not tainted 4.19.0-91.82.152.28.tyy.5.uelc20.loongarch64 #1"_s
        << qint64(585614) << u"C1 CompilerThre"_s
        << u"4.19.0-91.82.152.28.tyy.5.uelc20.loongarch64"_s;
    QTest::newRow("2.6.24 Pid line (019)")
        << u"Pid: 6186, comm: Xorg Tainted: P        2.6.24-19-generic #1"_s << qint64(6186)
        << u"Xorg"_s << u"2.6.24-19-generic"_s;
}

void TestKernelLines::stackHeader()
{
    QFETCH(QString, line);
    const auto header = headerlines::parseStackHeader(line);
    QVERIFY(header);
    QTEST(header->pid.value_or(-1), "pid");
    QTEST(header->comm, "comm");
    QTEST(header->kernelRelease, "release");
}

void TestKernelLines::callPath_data()
{
    QTest::addColumn<QStringList>("frames");
    QTest::addColumn<int>("path");
    QTest::newRow("memcg 6.x (056)")
        << QStringList{u"dump_header"_s, u"oom_kill_process.cold"_s, u"out_of_memory"_s,
                       u"mem_cgroup_out_of_memory"_s, u"try_charge_memcg"_s}
        << int(OomPath::Memcg);
    QTest::newRow("memcg 3.10 via page fault (004)")
        << QStringList{u"oom_kill_process"_s, u"mem_cgroup_oom_synchronize"_s,
                       u"pagefault_out_of_memory"_s}
        << int(OomPath::Memcg);
    QTest::newRow("global") << QStringList{u"out_of_memory"_s,
                                           u"__alloc_pages_slowpath.constprop.0"_s}
                            << int(OomPath::PageAllocator);
    QTest::newRow("sysrq (038)") << QStringList{u"out_of_memory"_s, u"moom_callback"_s}
                                 << int(OomPath::SysRq);
    QTest::newRow("page fault 4.x")
        << QStringList{u"out_of_memory"_s, u"pagefault_out_of_memory"_s} << int(OomPath::PageFault);
}

void TestKernelLines::callPath()
{
    QFETCH(QStringList, frames);
    QTEST(int(headerlines::pathFromFrames(frames)), "path");
    QCOMPARE(headerlines::frameFunction(u" [<ffffffff816a1296>] dump_header+0x90/0x229"),
             u"dump_header"_s);
    QCOMPARE(
        headerlines::frameFunction(u"[c00000000090b650] [c0000000000eb194] .warn_alloc+0xf0/0x178"),
        u"warn_alloc"_s);
}

void TestKernelLines::killed_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<qint64>("anon"); // -1 = unknown
    QTest::addColumn<qint64>("uid");
    QTest::addColumn<int>("adj"); // 9999 = unknown
    QTest::addColumn<QString>("message");
    QTest::newRow("2.6.32") << u"Killed process 3123 (java)"_s << qint64(3123) << u"java"_s
                            << qint64(-1) << qint64(-1) << 9999 << QString();
    QTest::newRow("2.6.16 trailing dot (045)")
        << u"Out of memory: Killed process 4368 (postfixlookup.p)."_s << qint64(4368)
        << u"postfixlookup.p"_s << qint64(-1) << qint64(-1) << 9999 << u"Out of memory"_s;
    QTest::newRow("2.6.33 vsz") << u"Killed process 12 (a) vsz:100kB, anon-rss:50kB, file-rss:1kB"_s
                                << qint64(12) << u"a"_s << qint64(50) << qint64(-1) << 9999
                                << QString();
    QTest::newRow("rhel6 uid before comm")
        << u"Killed process 2212, UID 48, (httpd) total-vm:2010048kB, anon-rss:1692416kB, file-rss:0kB"_s
        << qint64(2212) << u"httpd"_s << qint64(1692416) << qint64(48) << 9999 << QString();
    QTest::newRow("rhel7 uid after comm")
        << u"Killed process 2212 (httpd), UID 48, total-vm:2010048kB, anon-rss:1692416kB, file-rss:0kB, shmem-rss:0kB"_s
        << qint64(2212) << u"httpd"_s << qint64(1692416) << qint64(48) << 9999 << QString();
    QTest::newRow("4.5 shmem (004)")
        << u"Killed process 24518 (monocular) total-vm:267220kB, anon-rss:232620kB, file-rss:11064kB, shmem-rss:0kB"_s
        << qint64(24518) << u"monocular"_s << qint64(232620) << qint64(-1) << 9999 << QString();
    QTest::newRow("5.4+ comm with paren (015)")
        << u"Memory cgroup out of memory: Killed process 3963629 (next-build (v16) total-vm:22165088kB, anon-rss:1615396kB, file-rss:112520kB, shmem-rss:0kB, UID:1000 pgtables:7384kB oom_score_adj:0"_s
        << qint64(3963629) << u"next-build (v16"_s << qint64(1615396) << qint64(1000) << 0
        << u"Memory cgroup out of memory"_s;
    QTest::newRow("comm with brackets (049)")
        << u"Killed process 12788 (runc:[2:INIT]) total-vm:600736kB, anon-rss:3296kB, file-rss:276kB, shmem-rss:1012kB"_s
        << qint64(12788) << u"runc:[2:INIT]"_s << qint64(3296) << qint64(-1) << 9999 << QString();
    QTest::newRow("abridged after anon-rss (018)")
        << u"Out of memory: Killed process 886679 (qemu-system-x86) total-vm:19254864kB, anon-rss:16477484kB"_s
        << qint64(886679) << u"qemu-system-x86"_s << qint64(16477484) << qint64(-1) << 9999
        << u"Out of memory"_s;
}

void TestKernelLines::killed()
{
    QFETCH(QString, line);
    const auto victim = killlines::parseKilled(line);
    QVERIFY(victim);
    QTEST(victim->pid.value_or(-1), "pid");
    QTEST(victim->comm, "comm");
    QTEST(valueOf(victim->anonRssKb).value_or(-1), "anon");
    QTEST(victim->uid.value_or(-1), "uid");
    QTEST(victim->oomScoreAdj.value_or(9999), "adj");
    QTEST(victim->message, "message");
}

void TestKernelLines::selection_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<qint64>("score");
    QTest::newRow("2.6.32 lowercase")
        << u"Out of memory: kill process 3123 (java) score 1734212 or a child"_s << qint64(3123)
        << u"java"_s << qint64(1734212);
    QTest::newRow("3.10 memcg (004)")
        << u"Memory cgroup out of memory: Kill process 26074 (monocular) score 54 or sacrifice child"_s
        << qint64(26074) << u"monocular"_s << qint64(54);
    QTest::newRow("2.6.16 and children (045)")
        << u"Out of Memory: Kill process 1810 (postfixlookup.p) score 50338 and children."_s
        << qint64(1810) << u"postfixlookup.p"_s << qint64(50338);
    QTest::newRow("comm with brackets (049)")
        << u"Memory cgroup out of memory: Kill process 12800 (runc:[2:INIT]) score 997 or sacrifice child"_s
        << qint64(12800) << u"runc:[2:INIT]"_s << qint64(997);
}

void TestKernelLines::selection()
{
    QFETCH(QString, line);
    const auto selection = killlines::parseSelection(line);
    QVERIFY(selection);
    QTEST(selection->pid.value_or(-1), "pid");
    QTEST(selection->comm, "comm");
    QTEST(selection->score.value_or(-1), "score");
    QVERIFY(!killlines::parseSelection(u"Kill process 5 (x) sharing same memory"));
}

void TestKernelLines::summary_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<QString>("oomMemcg");
    QTest::addColumn<bool>("global");
    QTest::addColumn<QString>("taskMemcg");
    QTest::addColumn<QString>("task");
    QTest::addColumn<qint64>("pid");
    QTest::newRow("global 6.x (038)")
        << u"oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/c71,task=node,pid=6009,uid=0"_s
        << u"CONSTRAINT_NONE"_s << QString() << true << u"/c71"_s << u"node"_s << qint64(6009);
    QTest::newRow("memcg comm with paren and space (015)")
        << u"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=user.slice,mems_allowed=0,oom_memcg=/a/run-p1.scope,task_memcg=/a/run-p1.scope,task=next-build (v16,pid=3963629,uid=1000"_s
        << u"CONSTRAINT_MEMCG"_s << u"/a/run-p1.scope"_s << false << u"/a/run-p1.scope"_s
        << u"next-build (v16"_s << qint64(3963629);
    QTest::newRow("abridged, no pid (018)")
        << u"oom-kill:constraint=CONSTRAINT_MEMORY_POLICY,nodemask=0,cpuset=vcpu1,mems_allowed=0,global_oom,task=qemu-system-x86"_s
        << u"CONSTRAINT_MEMORY_POLICY"_s << QString() << true << QString() << u"qemu-system-x86"_s
        << qint64(-1);
    QTest::newRow("rhel7 backport, empty constraint (049)")
        << u"oom-kill:,cpuset=bbd5,mems_allowed=0-1,oom_memcg=/kubepods/burstable/pod6c,task_memcg=/kubepods/burstable/pod6c/bbd5"_s
        << QString() << u"/kubepods/burstable/pod6c"_s << false
        << u"/kubepods/burstable/pod6c/bbd5"_s << QString() << qint64(-1);
}

void TestKernelLines::summary()
{
    QFETCH(QString, line);
    const auto summary = killlines::parseSummary(line);
    QVERIFY(summary);
    QTEST(summary->constraint, "constraint");
    QTEST(summary->oomMemcg, "oomMemcg");
    QTEST(summary->globalOom, "global");
    QTEST(summary->taskMemcg, "taskMemcg");
    QTEST(summary->task, "task");
    QTEST(summary->pid.value_or(-1), "pid");
}

void TestKernelLines::reaper_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<qint64>("shmem");
    QTest::newRow("4.6+")
        << u"oom_reaper: reaped process 6009 (node), now anon-rss:0kB, file-rss:0kB, shmem-rss:1852kB"_s
        << qint64(6009) << false << qint64(1852);
    QTest::newRow("elided tail (040)")
        << u"oom_reaper: reaped process 1267 (zkgui_ui)"_s << qint64(1267) << false << qint64(-1);
    QTest::newRow("unable") << u"oom_reaper: unable to reap pid:77 (java)"_s << qint64(77) << true
                            << qint64(-1);
}

void TestKernelLines::reaper()
{
    QFETCH(QString, line);
    const auto reaped = killlines::parseReaper(line);
    QVERIFY(reaped);
    QTEST(reaped->pid, "pid");
    QTEST(reaped->failed, "failed");
    QTEST(valueOf(reaped->shmemRssKb).value_or(-1), "shmem");
}

void TestKernelLines::memcgCounter_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("usage");
    QTest::addColumn<qint64>("limit"); // -1 = unlimited
    QTest::addColumn<qint64>("failcnt");
    QTest::newRow("memory (004)") << u"memory: usage 233472kB, limit 233472kB, failcnt 3028"_s
                                  << int(memcglines::CounterKind::Memory) << qint64(233472)
                                  << qint64(233472) << qint64(3028);
    QTest::newRow("memsw page_counter sentinel, trailing spaces (036)")
        << u"memory+swap: usage 17024340kB, limit 9007199254740988kB, failcnt 0      "_s
        << int(memcglines::CounterKind::MemorySwap) << qint64(17024340) << qint64(-1) << qint64(0);
    QTest::newRow("kmem res_counter sentinel")
        << u"kmem: usage 0kB, limit 18014398509481983kB, failcnt 0"_s
        << int(memcglines::CounterKind::Kmem) << qint64(0) << qint64(-1) << qint64(0);
    QTest::newRow("v2 swap") << u"swap: usage 0kB, limit 0kB, failcnt 0"_s
                             << int(memcglines::CounterKind::Swap) << qint64(0) << qint64(0)
                             << qint64(0);
}

void TestKernelLines::memcgCounter()
{
    QFETCH(QString, line);
    const auto counter = memcglines::parseCounter(line);
    QVERIFY(counter);
    QTEST(int(counter->kind), "kind");
    QTEST(valueOf(counter->counter.usageKb).value_or(-2), "usage");
    QFETCH(qint64, limit);
    if (limit < 0) {
        QVERIFY(counter->counter.unlimited);
        QVERIFY(!counter->counter.limitKb);
    } else {
        QCOMPARE(valueOf(counter->counter.limitKb), limit);
    }
    QTEST(counter->counter.failcnt.value_or(-2), "failcnt");
}

void TestKernelLines::memcgStats()
{
    const auto inlineStats = memcglines::parseStatsHeader(
        u"Memory cgroup stats for /kubepods.slice/pod.slice: cache:0KB rss:233428KB "
        u"rss_huge:2048KB mapped_file:0KB");
    QVERIFY(inlineStats);
    QCOMPARE(inlineStats->cgroup, u"/kubepods.slice/pod.slice"_s);
    const auto values = memcglines::parseInlineStats(inlineStats->inlineBody);
    QCOMPARE(values.size(), 4);
    QCOMPARE(values.at(1), (std::pair{u"rss"_s, qint64(233428)}));

    const auto multiLine = memcglines::parseStatsHeader(u"Memory cgroup stats for /mem_test:");
    QVERIFY(multiLine);
    QCOMPARE(multiLine->cgroup, u"/mem_test"_s);
    QVERIFY(multiLine->inlineBody.isEmpty());
    QCOMPARE(memcglines::parseStatBodyLine(u"anon 9842688"),
             (std::pair{u"anon"_s, qint64(9842688)}));
    QVERIFY(!memcglines::parseStatBodyLine(u"Tasks state (memory values in pages):"));
}

void TestKernelLines::taskRow_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("row");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<qint64>("rss");
    QTest::addColumn<int>("adj");
    QTest::addColumn<QString>("name");
    QTest::newRow("2.6.36-3.4 cpu oom_adj")
        << u"[ pid ]   uid  tgid total_vm      rss cpu oom_adj oom_score_adj name"_s
        << u"[ 2212]    48  2212   502512   423104   1       0             0 httpd"_s
        << qint64(2212) << qint64(423104) << 0 << u"httpd"_s;
    QTest::newRow("3.10 nr_ptes (004)")
        << u"[ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name"_s
        << u"[24518]     0 24518    66805    60921     134        0          -998 monocular"_s
        << qint64(24518) << qint64(60921) << -998 << u"monocular"_s;
    QTest::newRow("4.0 nr_pmds")
        << u"[ pid ]   uid  tgid total_vm      rss nr_ptes nr_pmds swapents oom_score_adj name"_s
        << u"[  452]     0   452    10720      130      24       3        0         -1000 systemd-udevd"_s
        << qint64(452) << qint64(130) << -1000 << u"systemd-udevd"_s;
    QTest::newRow("4.19 pgtables_bytes, name with space (038)")
        << u"[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name"_s
        << u"[   2885]     0  2885     2181     1620    53248        0             0 tmux: server"_s
        << qint64(2885) << qint64(1620) << 0 << u"tmux: server"_s;
    QTest::newRow("6.8 rss split, paren name (015)")
        << u"[  pid  ]   uid  tgid total_vm      rss rss_anon rss_file rss_shmem pgtables_bytes swapents oom_score_adj name"_s
        << u"[3963629]  1000 3963629  5541272   431979   403849    28130         0  7561216        0             0 next-build (v16"_s
        << qint64(3963629) << qint64(431979) << 0 << u"next-build (v16"_s;
}

void TestKernelLines::taskRow()
{
    QFETCH(QString, header);
    QFETCH(QString, row);
    const auto layout = tasktable::parseHeader(header);
    QVERIFY(layout);
    const auto parsed = tasktable::parseRow(row, *layout);
    QVERIFY(parsed);
    QTEST(parsed->pid, "pid");
    QTEST(valueOf(parsed->rssPages).value_or(-1), "rss");
    QTEST(parsed->oomScoreAdj.value_or(9999), "adj");
    QTEST(parsed->name, "name");
    // A row cut by the person who pasted it (052) is not a row.
    QVERIFY(!tasktable::parseRow(u"[    22"_s, *layout));
}

void TestKernelLines::zoneLine()
{
    const auto zone = meminfolines::parseZoneLine(
        u"Node 0 Normal free:61900kB boost:8192kB min:61948kB low:75384kB high:88820kB "
        u"reserved_highatomic:0KB active_anon:1529368kB present:13096960kB managed:12774792kB "
        u"free_cma:0kB");
    QVERIFY(zone);
    QCOMPARE(zone->node, 0);
    QCOMPARE(zone->name, u"Normal"_s);
    QCOMPARE(zone->fieldKb(u"free"_s), KiB(61900));
    QCOMPARE(zone->fieldKb(u"min"_s), KiB(61948));
    QCOMPARE(zone->fieldKb(u"reserved_highatomic"_s), KiB(0));
    QCOMPARE(zone->fieldKb(u"managed"_s), KiB(12774792));
    const auto old = meminfolines::parseZoneLine(
        u"HighMem free:113132kB min:512kB low:3916kB high:7324kB active:1500112kB "
        u"inactive:804356kB present:3251200kB pages_scanned:0 all_unreclaimable? no");
    QVERIFY(old);
    QVERIFY(!old->node);
    QCOMPARE(old->allUnreclaimable, false);
    QCOMPARE(old->pagesScanned, Pages(0));
    QVERIFY(!meminfolines::parseZoneLine(u"Node 0 active_anon:5400496kB inactive_anon:21240172kB"));
}

void TestKernelLines::buddyLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("orders");
    QTest::addColumn<qint64>("total"); // -1 = cut
    QTest::addColumn<QString>("firstTypes");
    QTest::newRow("6.1")
        << u"Node 0 Normal: 6676*4kB (UME) 2120*8kB (UE) 595*16kB (UME) 188*32kB (UME) 50*64kB (UME) 1*128kB (M) 0*256kB 0*512kB 0*1024kB 0*2048kB 0*4096kB = 62528kB"_s
        << 11 << qint64(62528) << u"UME"_s;
    QTest::newRow("2.6.24 no node")
        << u"DMA: 0*4kB 0*8kB 1*16kB 0*32kB 1*64kB 1*128kB 1*256kB 0*512kB 1*1024kB 1*2048kB 0*4096kB = 3536kB"_s
        << 11 << qint64(3536) << QString();
    QTest::newRow("space before star (010)")
        << u"Node 1 Normal: 856*4kB (UME) 375*8kB (UME) 183*16kB (UME) 184*32kB (UME) 87*64kB (ME) 45*128kB (UME) 16*256kB (UME) 5*512kB (UE) 14*1024kB (UME) 0     *2048kB 0*4096kB = 47560kB"_s
        << 11 << qint64(47560) << u"UME"_s;
    QTest::newRow("cut after = (011)")
        << u"Node 0 Normal: 1325*4kB (UME) 966*8kB (UME) 675*16kB (UME) 0*32kB (M) 0*64kB 0*128kB 0*256kB 0*512kB 0*1024kB 0*2048kB 0*4096kB ="_s
        << 11 << qint64(-1) << u"UME"_s;
}

void TestKernelLines::buddyLine()
{
    QFETCH(QString, line);
    const auto buddy = meminfolines::parseBuddyLine(line);
    QVERIFY(buddy);
    QTEST(int(buddy->orders.size()), "orders");
    QTEST(valueOf(buddy->totalKb).value_or(-1), "total");
    QTEST(buddy->orders.first().migrateTypes, "firstTypes");
    QCOMPARE(buddy->orders.first().blockKb, KiB(4));
}

void TestKernelLines::summaryLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("field");
    QTest::addColumn<qint64>("value");
    using F = meminfolines::SummaryField;
    QTest::newRow("pages RAM") << u"8373432 pages RAM"_s << int(F::RamPages) << qint64(8373432);
    QTest::newRow("2.6.24 pages of RAM")
        << u"1048576 pages of RAM"_s << int(F::RamPages) << qint64(1048576);
    QTest::newRow("2.6.24 reserved pages")
        << u"409238 reserved pages"_s << int(F::ReservedPages) << qint64(409238);
    QTest::newRow("free swap two spaces")
        << u"Free swap  = 785668kB"_s << int(F::FreeSwapKb) << qint64(785668);
    QTest::newRow("2.6.24 free swap colon")
        << u"Free swap:       9844180kB"_s << int(F::FreeSwapKb) << qint64(9844180);
    QTest::newRow("total swap") << u"Total swap = 0kB"_s << int(F::TotalSwapKb) << qint64(0);
    QTest::newRow("highmem/movable")
        << u"816128 pages HighMem/MovableOnly"_s << int(F::HighmemPages) << qint64(816128);
    QTest::newRow("cma reserved") << u"131072 pages cma reserved"_s << int(F::CmaReservedPages)
                                  << qint64(131072);
}

void TestKernelLines::summaryLines()
{
    QFETCH(QString, line);
    const auto summary = meminfolines::parseSummaryLine(line);
    QVERIFY(summary);
    QTEST(int(summary->field), "field");
    QTEST(summary->value, "value");
}

void TestKernelLines::panic_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    using K = killlines::PanicKind;
    QTest::newRow("no killable 4.19+ (048)")
        << u"Out of memory and no killable processes..."_s << int(K::NoKillableProcess);
    QTest::newRow("panic_on_oom")
        << u"Kernel panic - not syncing: Out of memory: system-wide panic_on_oom is enabled"_s
        << int(K::PanicOnOom);
    QTest::newRow("2.6.32 panic_on_oom")
        << u"out of memory. panic_on_oom is selected"_s << int(K::PanicOnOom);
    QTest::newRow("deadlocked") << u"Kernel panic - not syncing: System is deadlocked on memory"_s
                                << int(K::DeadlockedOnMemory);
}

void TestKernelLines::panic()
{
    QFETCH(QString, line);
    const auto panic = killlines::parsePanic(line);
    QVERIFY(panic);
    QTEST(int(panic->kind), "kind");
}

QTEST_APPLESS_MAIN(TestKernelLines)
#include "tst_kernellines.moc"
