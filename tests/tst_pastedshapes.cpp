// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// What pasting does to a report, and the platforms with kill lines of their own: each
// input here is written from the kernel's and the tools' format strings (kernel-formats.md
// §1.1, §1.3, §1.5, §1.6, §1.8; OpenVZ's "Out of memory in UB"; earlyoom's and
// systemd-oomd's log formats) and then broken the way a mail client, a narrow terminal, a
// reply's quoting or a poster's trimming breaks it. The engine must read the broken form
// like the clean one.

#include "reportfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

QList<OomEvent> parse(const QByteArray &text)
{
    return testing::parseText(text, u"paste.log"_s);
}

const QByteArray header =
    "cc1plus invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0";
const QByteArray stackHeader =
    "CPU: 3 PID: 811 Comm: cc1plus Not tainted 5.15.0-91-generic #101-Ubuntu";
const QByteArray killLine =
    "Out of memory: Killed process 811 (cc1plus) total-vm:8400000kB, anon-rss:7600000kB, "
    "file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:15040kB oom_score_adj:0";

} // namespace

class TestPastedShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrappedHeaderKeepsItsTrigger();
    void wrappedHeaderWithoutKillIsAnIncident();
    void wrappedStackHeaderKeepsTheRelease();
    void wrappedTaskRowKeepsItsName();
    void wrappedKillLineKeepsItsFigures();
    void wrappedZoneLineIsOneZone();
    void brokenLineWithoutItsPieceStaysAsItIs();
    void recordStartingMidLine();
    void bareIdentLines_data();
    void bareIdentLines();
    void earlyoomBlockWithoutIdent();
    void dateCutSyslog();
    void quotedReplyReadsLikeTheOriginal();
    void oomdSwapCandidates();
    void oomdSwapKillWithoutReason();
    void slubBurstIsOneEvent();
    void excerptStartingAtTheKillIsNotSuppression();
    void killAfterAReportWithinTheRateLimitIsSuppression();
    void openvzBeancounterKills();
    void rhel5KillLine();
    void headerAndKillMinutesApartAreTwoIncidents();
    void summaryAndKillOfAnotherPidAreTwoIncidents();
};

void TestPastedShapes::wrappedHeaderKeepsItsTrigger()
{
    const QByteArray log = "[  112.503101] cc1plus invoked oom-killer:\n"
                           "gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0\n"
                           "[  112.503110] " + stackHeader + "\n"
                           "[  112.503410] " + killLine + "\n";
    const QList<OomEvent> events = parse(log);
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.trigger.comm, u"cc1plus"_s);
    QCOMPARE(e.trigger.gfpMask, u"0x100cca"_s);
    QCOMPARE(e.trigger.order, 0);
    QCOMPARE(e.trigger.headerLine, (LineSpan{1, 2}));
    QVERIFY2(!e.notes.contains(u"report-starts-mid-way"_s), qPrintable(e.notes.join(u", ")));
    QVERIFY(e.notes.contains(u"lines-rejoined"_s));
    QCOMPARE(e.victims.size(), 1);
}

void TestPastedShapes::wrappedHeaderWithoutKillIsAnIncident()
{
    const QList<OomEvent> events = parse(
        "[  112.503101] cc1plus invoked oom-killer:\n"
        "gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().trigger.comm, u"cc1plus"_s);
    QVERIFY(events.first().notes.contains(u"no-kill-line"_s));
}

void TestPastedShapes::wrappedStackHeaderKeepsTheRelease()
{
    const QByteArray log = "[  112.503101] " + header + "\n"
                           "[  112.503110] CPU: 3 PID: 811 Comm: cc1plus Not tainted\n"
                           "5.15.0-91-generic #101-Ubuntu\n"
                           "[  112.503410] " + killLine + "\n";
    const QList<OomEvent> events = parse(log);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kernelRelease, u"5.15.0-91-generic"_s);
    QCOMPARE(events.first().trigger.pid, 811);
}

void TestPastedShapes::wrappedTaskRowKeepsItsName()
{
    const QByteArray log = "[  112.503101] " + header + "\n"
                           "[  112.503300] Tasks state (memory values in pages):\n"
                           "[  112.503301] [  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name\n"
                           "[  112.503302] [    811]  1000   811  2100000  1900000 15400000        0             0\n"
                           "cc1plus\n"
                           "[  112.503303] [    700]  1000   700    10000     2000    90000        0             0 make\n"
                           "[  112.503410] " + killLine + "\n";
    const QList<OomEvent> events = parse(log);
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.tasks.size(), 2);
    QCOMPARE(e.tasks.first().name, u"cc1plus"_s);
    QCOMPARE(e.tasks.first().rssPages, Pages(1900000));
}

void TestPastedShapes::wrappedKillLineKeepsItsFigures()
{
    const QByteArray log = "[  112.503101] " + header + "\n"
                           "[  112.503410] Out of memory: Killed process 811 (cc1plus) total-vm:8400000kB,\n"
                           "anon-rss:7600000kB, file-rss:0kB, shmem-rss:0kB, UID:1000\n"
                           "pgtables:15040kB oom_score_adj:0\n";
    const QList<OomEvent> events = parse(log);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().victims.size(), 1);
    const Victim &v = events.first().victims.first();
    QCOMPARE(v.anonRssKb, KiB(7600000));
    QCOMPARE(v.uid, 1000);
    QCOMPARE(v.line, (LineSpan{2, 4})); // three physical lines
}

void TestPastedShapes::wrappedZoneLineIsOneZone()
{
    const QByteArray log = "[  112.503101] " + header + "\n"
                           "[  112.503200] Mem-Info:\n"
                           "[  112.503210] Node 0 Normal free:44120kB boost:0kB min:44156kB low:55192kB high:66228kB\n"
                           "reserved_highatomic:0KB active_anon:7300000kB inactive_anon:12000kB active_file:80kB\n"
                           "inactive_file:0kB unevictable:0kB writepending:0kB present:8388608kB managed:8112000kB\n"
                           "mlocked:0kB bounce:0kB free_pcp:120kB local_pcp:0kB free_cma:0kB\n"
                           "[  112.503410] " + killLine + "\n";
    const QList<OomEvent> events = parse(log);
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.zones.size(), 1);
    QCOMPARE(e.zones.first().name, u"Normal"_s);
    QCOMPARE(e.zones.first().line, (LineSpan{3, 6}));
    // The wrapped pieces are not read as the global counter block.
    QVERIFY(e.meminfo.countersPages.isEmpty());
}

// A shape is only joined with the piece it lacks: a header cut at "oom-killer:" and
// followed by prose stays a cut header.
void TestPastedShapes::brokenLineWithoutItsPieceStaysAsItIs()
{
    const QByteArray log =
        "[  112.503101] cc1plus invoked oom-killer:\n"
        "and then the build died\n"
        "[  112.503410] "
        + killLine + "\n";
    const QList<OomEvent> events = parse(log);
    QCOMPARE(events.size(), 1);
    QVERIFY(!events.first().notes.contains(u"lines-rejoined"_s));
    QCOMPARE(events.first().victims.size(), 1);
}

void TestPastedShapes::recordStartingMidLine()
{
    const QByteArray log = "Writing superblocks and filesystem accounting information: [  112.503121] " + header + "\n"
                           "[  112.503410] " + killLine + "\n";
    const QList<OomEvent> events = parse(log);
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.trigger.comm, u"cc1plus"_s);
    QVERIFY(e.uptimeSeconds.has_value());
    QCOMPARE(*e.uptimeSeconds, 112.503121);
    QVERIFY(!e.notes.contains(u"report-starts-mid-way"_s));
}

// journalctl -o with-unit/cat-like viewers and chats keep only "ident[pid]: message".
void TestPastedShapes::bareIdentLines_data()
{
    QTest::addColumn<QByteArray>("log");
    QTest::addColumn<int>("killer");
    QTest::addColumn<QString>("victim");
    // earlyoom 1.2+: "sending %s to process %d uid %d \"%s\": badness %d, VmRSS %lld MiB"
    QTest::newRow("earlyoom") << QByteArray(
        "earlyoom[1207]: mem avail:   410 of 15888 MiB ( 2.58%), swap free:    0 of    0 MiB ( "
        "0.00%)\n"
        "earlyoom[1207]: low memory! at or below SIGTERM limits: mem 10.00%, swap 10.00%\n"
        "earlyoom[1207]: sending SIGTERM to process 5120 uid 1000 \"firefox\": badness 902, VmRSS "
        "3310 MiB\n"
        "earlyoom[1207]: process exited after 0.4 seconds\n")
                              << int(Killer::Earlyoom) << u"firefox"_s;
    // systemd-oomd 247+: "Killed %s due to memory pressure for %s being %lu.%02lu%% > %lu.%02lu%%
    // for > %s with reclaim activity"
    QTest::newRow("systemd-oomd") << QByteArray(
        "systemd-oomd[812]: Killed "
        "/user.slice/user-1000.slice/user@1000.service/app.slice/app-firefox.scope "
        "due to memory pressure for /user.slice/user-1000.slice/user@1000.service being 82.31% > "
        "50.00% "
        "for > 20s with reclaim activity\n")
                                  << int(Killer::SystemdOomd) << u"app-firefox.scope"_s;
}

void TestPastedShapes::bareIdentLines()
{
    QFETCH(QByteArray, log);
    QFETCH(int, killer);
    QFETCH(QString, victim);
    const QList<OomEvent> events = parse(log);
    QCOMPARE(events.size(), 1);
    QCOMPARE(int(events.first().killer), killer);
    QVERIFY(!events.first().victims.isEmpty());
    QVERIFY2(events.first().victims.first().comm.endsWith(victim)
                 || events.first().victims.first().cgroup.endsWith(victim),
             qPrintable(events.first().victims.first().comm + u" / "_s
                        + events.first().victims.first().cgroup));
}

// `journalctl -u earlyoom -o cat`: no ident at all, the block is clearly earlyoom's.
void TestPastedShapes::earlyoomBlockWithoutIdent()
{
    const QList<OomEvent> events = parse(
        "mem avail:   410 of 15888 MiB ( 2.58%), swap free:    0 of    0 MiB ( 0.00%)\n"
        "low memory! at or below SIGTERM limits: mem 10.00%, swap 10.00%\n"
        "sending SIGTERM to process 5120 uid 1000 \"firefox\": badness 902, VmRSS 3310 MiB\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().killer, Killer::Earlyoom);
    QCOMPARE(events.first().victims.first().pid, 5120);
}

void TestPastedShapes::dateCutSyslog()
{
    const QList<OomEvent> events = parse(
        "03:12:44 db1 kernel: [  112.503101] " + header + "\n"
        "03:12:44 db1 kernel: [  112.503410] " + killLine + "\n"
        "03:12:50 earlyoom[1207]: sending SIGTERM to process 5120 uid 1000 \"firefox\": badness 902, VmRSS 3310 MiB\n");
    QCOMPARE(events.size(), 2);
    const OomEvent &kernel = events.first();
    QCOMPARE(kernel.host, u"db1"_s);
    QVERIFY(!kernel.time.has_value());
    QCOMPARE(kernel.trigger.comm, u"cc1plus"_s);
    QVERIFY(kernel.notes.contains(u"date-cut-by-poster"_s));
    QCOMPARE(events.at(1).killer, Killer::Earlyoom);
    QVERIFY(events.at(1).notes.contains(u"date-cut-by-poster"_s));
}

void TestPastedShapes::quotedReplyReadsLikeTheOriginal()
{
    const QByteArray plain = "Jan 10 03:12:44 db1 kernel: [  112.503101] " + header + "\n"
                             "Jan 10 03:12:44 db1 kernel: [  112.503110] " + stackHeader + "\n"
                             "Jan 10 03:12:44 db1 kernel: [  112.503410] " + killLine + "\n";
    QByteArray quoted = "On Mon, Bob wrote:\n";
    int i = 0;
    for (const QByteArray &line : plain.split('\n')) {
        if (!line.isEmpty())
            quoted += (i++ % 2 ? ">> " : "> > ") + line + '\n';
    }
    const QList<OomEvent> a = parse(plain);
    const QList<OomEvent> b = parse(quoted);
    QCOMPARE(a.size(), 1);
    QCOMPARE(b.size(), 1);
    QCOMPARE(b.first().trigger.comm, a.first().trigger.comm);
    QCOMPARE(b.first().kernelRelease, a.first().kernelRelease);
    QCOMPARE(b.first().time, a.first().time);
    QCOMPARE(b.first().victims.first().anonRssKb, a.first().victims.first().anonRssKb);
    QVERIFY(b.first().notes.contains(u"quoted-in-reply"_s));
    QVERIFY(!a.first().notes.contains(u"quoted-in-reply"_s));
}

// systemd-oomd ~252+: "Considered %zu cgroups for killing, top candidates were:", per
// candidate "\tPath: %s" and, for a swap-based choice, only "\t\tSwap Usage: %s"; then
// (2025+) "Marked %s for killing due to memory used (%llu) / total (%llu) and swap used
// (%llu) / total (%llu) being more than %u.%02u%%". The date cut by the poster.
void TestPastedShapes::oomdSwapCandidates()
{
    const QList<OomEvent> events = parse(
        "19:46:58 systemd-oomd[726]: Considered 21 cgroups for killing, top candidates were:\n"
        "    Path: "
        "/user.slice/user-1000.slice/user@1000.service/app.slice/app-term-ea541d95.scope\n"
        "        Swap Usage: 22.0G\n"
        "    Path: /user.slice/user-1000.slice/user@1000.service/app.slice/app-firefox.scope\n"
        "        Swap Usage: 1.2G\n"
        "19:46:58 systemd-oomd[726]: Marked "
        "/user.slice/user-1000.slice/user@1000.service/app.slice/app-term-ea541d95.scope "
        "for killing due to memory used (16260780032) / total (16419115008) and swap used "
        "(29560922112) / total "
        "(32838500352) being more than 90.00%\n");
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.killer, Killer::SystemdOomd);
    QVERIFY(e.userspace.swapBased);
    QCOMPARE(e.userspace.consideredCgroups, 21);
    QCOMPARE(e.userspace.candidates.size(), 2);
    QCOMPARE(e.userspace.candidates.first().swapUsage, u"22.0G"_s);
    QCOMPARE(e.userspace.limitPercent, 90.0);
}

// The kill line cut after "for killing": the swap-only candidate dump tells the kind.
void TestPastedShapes::oomdSwapKillWithoutReason()
{
    const QList<OomEvent> events = parse(
        "systemd-oomd[726]: Considered 3 cgroups for killing, top candidates were:\n"
        "systemd-oomd[726]:         Path: /user.slice/user-1000.slice/session-924.scope\n"
        "systemd-oomd[726]:                 Swap Usage: 7.8G\n"
        "systemd-oomd[726]: Marked /user.slice/user-1000.slice/session-924.scope for killing\n");
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QVERIFY(e.userspace.swapBased);
    QCOMPARE(e.userspace.candidates.size(), 1);
    QVERIFY(e.notes.contains(u"oomd-swap-kill-told-by-candidates"_s));
}

// mm/slub.c slab_out_of_memory() (4.5+): "SLUB: Unable to allocate memory on node %d,
// gfp=%#x(%pGg)", "  cache: %s, object size: %u, buffer size: %u, default order: %u, min
// order: %u", "  node %d: slabs: %ld, objs: %ld, free: %ld". A fork bomb in a v1
// container prints it by the hundred, for the memcg's own copies of the caches.
void TestPastedShapes::slubBurstIsOneEvent()
{
    QByteArray log;
    const char *caches[] = {"task_struct(1043:docker-4f1e.scope)",
                            "kmalloc-64(1043:docker-4f1e.scope)",
                            "task_struct(1043:docker-4f1e.scope)"};
    double uptime = 5012.100;
    for (int i = 0; i < 30; ++i) {
        const QByteArray stamp = "[ " + QByteArray::number(uptime, 'f', 6) + "] ";
        log += stamp + "SLUB: Unable to allocate memory on node -1, gfp=0x14000c0(GFP_KERNEL)\n";
        log += stamp + "  cache: " + caches[i % 3]
            + ", object size: 3712, buffer size: 3712, default order: 3, min order: 0\n";
        log += stamp + "  node 0: slabs: 120, objs: 1054, free: 0\n";
        uptime += 0.001;
    }
    const QList<OomEvent> events = parse(log);
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.kind, EventKind::AllocFailure);
    QCOMPARE(e.trigger.gfpMask, u"0x14000c0"_s);
    QCOMPARE(e.trigger.gfpFlags, QStringList{u"GFP_KERNEL"_s});
    QVERIFY2(e.notes.contains(u"slab-failure-burst: 30"_s), qPrintable(e.notes.join(u" | ")));
    QVERIFY(e.notes.contains(
        u"slab-failure-caches: task_struct(1043:docker-4f1e.scope), kmalloc-64(1043:docker-4f1e.scope)"_s));
    QCOMPARE(e.slabFailure->lines, (LineSpan{1, 90}));
}

// An excerpt that starts at the kill line: the kernel suppressed nothing.
void TestPastedShapes::excerptStartingAtTheKillIsNotSuppression()
{
    const QList<OomEvent> events = parse(
        "[  112.503400] "
        "oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,"
        "task_memcg=/user.slice,task=cc1plus,pid=811,uid=1000\n"
        "[  112.503410] "
        + killLine + "\n");
    QCOMPARE(events.size(), 1);
    QVERIFY(!events.first().headerSuppressed);
    QVERIFY(events.first().notes.contains(u"dump-not-in-log"_s));
}

// oom_kill_process() prints the dump only while __ratelimit(&oom_rs) allows (10 per 5 s);
// the kill lines after a burst of reports come without one.
void TestPastedShapes::killAfterAReportWithinTheRateLimitIsSuppression()
{
    const QList<OomEvent> events = parse(
        "[  112.503101] " + header + "\n"
        "[  112.503110] " + stackHeader + "\n"
        "[  112.503410] " + killLine + "\n"
        "[  113.100000] Out of memory: Killed process 900 (java) total-vm:8400000kB, anon-rss:7600000kB, "
        "file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:15040kB oom_score_adj:0\n"
        "[  114.200000] Out of memory: Killed process 901 (java) total-vm:8400000kB, anon-rss:7600000kB, "
        "file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:15040kB oom_score_adj:0\n");
    QCOMPARE(events.size(), 3);
    QVERIFY(!events.at(0).headerSuppressed);
    QVERIFY(events.at(1).headerSuppressed);
    QVERIFY(events.at(2).headerSuppressed);
}

// OpenVZ (vzkernel oom_kill_process(..., "Out of memory in UB")):
// "%s %u: OOM killed process %d (%s) score %d vm:%lukB, rss:%lukB, swap:%lukB"
void TestPastedShapes::openvzBeancounterKills()
{
    const QList<OomEvent> events = parse(
        "[1982048.529636] Out of memory in UB 317592: OOM killed process 2946 (npm) score 0 "
        "vm:1506164kB, rss:237752kB, swap:120052kB\n"
        "[1982101.466212] Out of memory in UB 317592: OOM killed process 2955 (npm) score 0 "
        "vm:1510820kB, rss:244616kB, swap:111180kB\n");
    QCOMPARE(events.size(), 2);
    const OomEvent &e = events.first();
    QCOMPARE(e.kind, EventKind::KernelOom);
    QCOMPARE(e.victims.size(), 1);
    QCOMPARE(e.victims.first().pid, 2946);
    QCOMPARE(e.victims.first().comm, u"npm"_s);
    QCOMPARE(e.victims.first().totalVmKb, KiB(1506164));
    QCOMPARE(e.memcg.oomCgroup, u"UB 317592"_s);
    QCOMPARE(e.selection.score, 0);
    QCOMPARE(events.at(1).victims.first().pid, 2955);
}

// RHEL 5 (2.6.18): "Out of memory: Killed process %d, UID %d, (%s)."
void TestPastedShapes::rhel5KillLine()
{
    const QList<OomEvent> events = parse(
        "Jan 10 03:12:44 db1 kernel: Out of memory: Killed process 4321, UID 27, (mysqld).\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().victims.first().pid, 4321);
    QCOMPARE(events.first().victims.first().uid, 27);
    QCOMPARE(events.first().victims.first().comm, u"mysqld"_s);
}

void TestPastedShapes::headerAndKillMinutesApartAreTwoIncidents()
{
    const QList<OomEvent> events = parse(
        "[  112.503101] " + header + "\n"
        "[  452.100000] Out of memory: Killed process 900 (java) total-vm:8400000kB, anon-rss:7600000kB, "
        "file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:15040kB oom_score_adj:0\n");
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().trigger.comm, u"cc1plus"_s);
    QVERIFY(events.first().victims.isEmpty());
    QVERIFY(events.first().notes.contains(u"no-kill-line"_s));
    QCOMPARE(events.at(1).victims.first().comm, u"java"_s);
    QVERIFY(events.at(1).notes.contains(u"dump-not-in-log"_s));
}

void TestPastedShapes::summaryAndKillOfAnotherPidAreTwoIncidents()
{
    const QList<OomEvent> events = parse(
        "[  112.503101] " + header + "\n"
        "[  112.503400] oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,"
        "task_memcg=/user.slice,task=cc1plus,pid=811,uid=1000\n"
        "[  112.503410] Out of memory: Killed process 900 (java) total-vm:8400000kB, anon-rss:7600000kB, "
        "file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:15040kB oom_score_adj:0\n");
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().victims.first().pid, 811);
    QVERIFY(events.first().notes.contains(u"victim-from-summary-line"_s));
    QCOMPARE(events.at(1).victims.first().pid, 900);
}

QTEST_GUILESS_MAIN(TestPastedShapes)
#include "tst_pastedshapes.moc"
