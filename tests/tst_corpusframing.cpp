// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Every real log of the corpus (tests/data/reports) through the framing layer: no prefix
// is left in a message, and the key lines of each case come out with the right line
// numbers, times and idents.

#include "helpers/framingfixtures.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::framingtest;

class TestCorpusFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusFramesCleanly_data();
    void corpusFramesCleanly();
    void corpusKeyLines_data();
    void corpusKeyLines();
};

namespace {

QString corpusDir()
{
    return QStringLiteral(OOMLENS_TEST_DATA_DIR) + u"/reports"_s;
}

} // namespace

void TestCorpusFraming::corpusFramesCleanly_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(corpusDir());
    const QStringList files = dir.entryList({u"*.log"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP(qPrintable(
            u"no corpus in %1: copy shared/corpus/cases/*.log there"_s.arg(corpusDir())));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file.left(3))) << dir.filePath(file);
}

// Every line of every real log frames, and no record keeps a piece of a prefix, a quote
// mark or an undecoded escape.
void TestCorpusFraming::corpusFramesCleanly()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    const qint64 lineCount = data.count('\n') + (data.endsWith('\n') ? 0 : 1);
    const QList<LogRecord> records = frame(data);
    QVERIFY(!records.isEmpty());
    // A dmesg or syslog timestamp at the start of a text is a prefix the framer missed.
    static const QRegularExpression leftoverPrefix(
        u"^(\\[\\s*\\d+\\.\\d+\\]|\\w{3} +\\d+ \\d\\d:\\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:)"_s);
    qint64 previousFirst = 0;
    for (const LogRecord &r : records) {
        const QString where = describe(r);
        QVERIFY2(r.lines.isValid() && r.lines.last <= lineCount, qPrintable(where));
        QVERIFY2(r.lines.first >= previousFirst, qPrintable(where));
        previousFirst = r.lines.first;
        QVERIFY2(!r.text.startsWith(u'>'), qPrintable(where));
        QVERIFY2(!r.text.contains(u"=3D"), qPrintable(where));
        QVERIFY2(!r.text.contains(u"\\<"), qPrintable(where));
        QVERIFY2(!r.text.startsWith(u"kernel:"), qPrintable(where));
        QVERIFY2(r.text == r.text.trimmed(), qPrintable(where));
        QVERIFY2(!leftoverPrefix.match(r.text).hasMatch(), qPrintable(where));
    }
}

// Key lines of each real log, with the text the report parser must see. Columns: the file,
// then pairs of (a substring that picks the first record containing it, the record as
// describe() prints it). Reviewed by hand against the files.
void TestCorpusFraming::corpusKeyLines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("needleAndRecord");

    QTest::newRow("004")
        << u"004-rhel7-3.10-memcg-v1-kubepods-slice-monocular.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"2 up=147913.262269 | monocular invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=-998"_s,
               u"Killed process"_s,
               u"32 up=147913.552593 | Killed process 24518 (monocular) total-vm:267220kB, anon-rss:232620kB, file-rss:11064kB, shmem-rss:0kB"_s};
    QTest::newRow("006")
        << u"006-alibaba-doc-header-numbered-lines-4.19-al7.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2021-09-11T12:24:42.000Z | test invoked oom-killer: gfp_mask=0x62****(GFP_HIGHUSER_MOVABLE|__GFP_ZERO), nodemask=(null), order=0, oom_score_adj=0"_s,
               u"Hardware name"_s,
               u"4 time=2021-09-11T12:24:42.000Z | Hardware name: Alibaba Cloud Alibaba Cloud ECS, BIOS e62**** 04/01/2014"_s};
    QTest::newRow("007")
        << u"007-alibaba-doc-cgroup-limit-mm_test.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2021-09-08T18:01:32.000Z | test invoked oom-killer: gfp_mask=0x240****(GFP_KERNEL), nodemask=0, order=0, oom_score_adj=0"_s};
    QTest::newRow("008")
        << u"008-alibaba-doc-parent-cgroup-limit.log"_s
        << QStringList{
               u"Task in"_s,
               u"2 time=2021-09-10T16:15:14.000Z | Task in /mm_test/2 killed as a result of limit of /mm_test"_s};
    QTest::newRow("009")
        << u"009-alibaba-doc-host-low-memory.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2021-09-11T12:24:42.000Z | test invoked oom-killer: gfp_mask=0x62****(GFP_HIGHUSER_MOVABLE|__GFP_ZERO), nodemask=(null), order=0,"_s};
    QTest::newRow("010")
        << u"010-alibaba-doc-numa-node-cpuset-mems.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2021-09-11T09:46:24.000Z | main invoked oom-killer: gfp_mask=0x62****(GFP_HIGHUSER_MOVABLE|__GFP_ZERO), nodemask=(null), order=0, oom_score_adj=0"_s,
               u"free:4111496"_s,
               u"6 time=2021-09-11T09:46:24.000Z cont | free:4111496 free_pcp:1 free_cma:0"_s};
    QTest::newRow("011")
        << u"011-alibaba-doc-buddy-fragmentation-order3.log"_s
        << QStringList{
               u"Node 0 Normal:"_s,
               u"5 time=2021-09-11T15:22:46.000Z | Node 0 Normal: 1325*4kB (UME) 966*8kB (UME) 675*16kB (UME) 0*32kB (M) 0*64kB 0*128kB 0*256kB 0*512kB 0*1024kB 0*2048kB 0*4096kB ="_s};
    QTest::newRow("012")
        << u"012-alibaba-doc-zh-localized-dmesg-T.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2021-09-11T12:24:42.000Z | test invoked oom-killer: gfp_mask=0x62****(GFP_HIGHUSER_MOVABLE|__GFP_ZERO), nodemask=(null), order=0, oom_score_adj=0"_s};
    QTest::newRow("013")
        << u"013-s390-2.6.28-order2-slab-heavy-email-quoted-truncated.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2024-03-16T21:40:40.000Z host=t6360003 ident=kernel | basename invoked oom-killer: gfp_mask=0xd0, order=2, oomkilladj=0"_s,
               u"lowmem_reserve[]: 0 0 0"_s,
               u"43 time=2024-03-16T21:40:40.000Z host=t6360003 ident=kernel | lowmem_reserve[]: 0 0 0"_s};
    QTest::newRow("014")
        << u"014-cgroupv2-kind-nested-docker-kubepods-dmesgT-partial.log"_s
        << QStringList{
               u"anon 314535936"_s,
               u"2 time=2021-04-01T16:45:10.000Z | anon 314535936"_s,
               u"thp_collapse_alloc"_s,
               u"40 time=2021-04-01T16:45:10.000Z cont | thp_collapse_alloc 0"_s,
               u"Tasks state"_s,
               u"41 time=2021-04-01T16:45:10.000Z | Tasks state (memory values in pages):"_s};
    QTest::newRow("015")
        << u"015-ubuntu-6.14-memcg-v2-user-scope-rfc3339-cutdown-paren-comm.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2026-09-19T17:27:56.876Z host=web-1 ident=kernel | V8Worker invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0"_s,
               u"<TASK>"_s,
               u"5 time=2026-09-19T17:27:56.877Z host=web-1 ident=kernel | <TASK>"_s,
               u"Killed process"_s,
               u"11 time=2026-09-19T17:27:56.877Z host=web-1 ident=kernel | Memory cgroup out of memory: Killed process 3963629 (next-build (v16) total-vm:22165088kB, anon-rss:1615396kB, file-rss:112520kB, shmem-rss:0kB, UID:1000 pgtables:7384kB oom_score_adj:0"_s};
    QTest::newRow("018")
        << u"018-openstack-qemu-cpuset-and-mempolicy-grep-abridged.log"_s
        << QStringList{
               u"CONSTRAINT_MEMORY_POLICY"_s,
               u"4 | oom-kill:constraint=CONSTRAINT_MEMORY_POLICY,nodemask=0,cpuset=vcpu1,mems_allowed=0,global_oom,task=qemu-system-x86"_s,
               u"Killed process 27410"_s,
               u"5 | Out of memory: Killed process 27410 (qemu-system-x86) total-vm:19241588kB, anon-rss:14235148kB"_s};
    QTest::newRow("019")
        << u"019-ubuntu-2.6.24-x86-32-lowmem-xorg-nvidia-redacted-prefix.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 up=430837.193448 ident=kernel | Xorg invoked oom-killer: gfp_mask=0x2d0, order=0, oomkilladj=0"_s,
               u"1265 pages pagetables"_s,
               u"67 up=430837.209791 ident=kernel | 1265 pages pagetables"_s};
    QTest::newRow("020")
        << u"020-journal-global-oom-kaspad-systemd-scope-abridged.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2024-04-05T08:24:14.000Z host=kaspa-devnet ident=kernel | systemd-tmpfile invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0"_s,
               u"killed by the OOM killer"_s,
               u"6 time=2024-04-05T08:24:14.000Z host=kaspa-devnet ident=systemd pid=1 | session-689.scope: A process of this unit has been killed by the OOM killer."_s};
    QTest::newRow("021")
        << u"021-ecs-cgroupv2-docker-scope-messages-grep-backslash-wrapped.log"_s
        << QStringList{
               u"oom-kill:"_s,
               u"2-6 time=2024-04-15T23:04:52.000Z host=localhost ident=kernel | oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=docker-60ef727c9751aac9084702bca274544f94f1bb070ace95e8a79911c22b01a91d.scope,mems_allowed=0,oom_memcg=/ecstasks.slice/ecstasks-488fc5b8b77f4fb7984bdc4aba948f9f.slice,task_memcg=/ecstasks.slice/ecstasks-488fc5b8b77f4fb7984bdc4aba948f9f.slice/docker-60ef727c9751aac9084702bca274544f94f1bb070ace95e8a79911c22b01a91d.scope,task=tail,pid=51947,uid=0"_s,
               u"Killed process"_s,
               u"7 time=2024-04-15T23:04:52.000Z host=localhost ident=kernel | Memory cgroup out of memory: Killed process 51947 (tail) total-vm:459896kB, anon-rss:458176kB, file-rss:772kB, shmem-rss:0kB, UID:0 pgtables:948kB oom_score_adj:0"_s};
    QTest::newRow("023")
        << u"023-systemd-oomd-zh-locale-candidates-abridged.log"_s
        << QStringList{
               u"systemd-oomd killed"_s,
               u"1 time=2024-09-18T02:27:12.000Z ident=systemd pid=1398 | app-zcode-7806.scope: systemd-oomd killed some process(es) in this unit."_s,
               u"due to memory pressure"_s,
               u"3 time=2024-09-18T02:27:12.000Z ident=systemd-oomd pid=944 cont | due to memory pressure for /user.slice/user-1000.slice/user@1000.service being 82.63% > 50.00% for > 20s with reclaim activity"_s,
               u"Current Memory Usage"_s,
               u"7 time=2024-09-18T02:27:12.000Z ident=systemd-oomd pid=944 cont | Current Memory Usage: 24.8G"_s};
    QTest::newRow("026")
        << u"026-alloc-failure-order9-amdgpu-ttm-5.10-no-oom.log"_s
        << QStringList{
               u"page allocation failure"_s,
               u"1 up=9556.710241 | clinfo: page allocation failure: order:9, mode:0x194dc2(GFP_HIGHUSER|__GFP_RETRY_MAYFAIL|__GFP_NORETRY|__GFP_ZERO|__GFP_NOMEMALLOC), nodemask=(null),cpuset=user.slice,mems_allowed=0"_s};
    QTest::newRow("027")
        << u"027-alloc-failure-order5-kdump-dma-pool-5.13-elided.log"_s
        << QStringList{
               u"page allocation failure"_s,
               u"2 | swapper/0: page allocation failure: order:5, mode:0xcc1(GFP_KERNEL|GFP_DMA), nodemask=(null),cpuset=/,mems_allowed=0"_s,
               u"......"_s, u"27 elided | ......"_s};
    QTest::newRow("028")
        << u"028-x86-32-2.6.24-highmem-swap-exhausted-apache2-email-quoted.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2024-03-19T17:01:21.000Z host=hermes ident=kernel | smbd invoked oom-killer: gfp_mask=0x1201d2, order=0, oomkilladj=0"_s,
               u"Killed process"_s,
               u"59 time=2024-03-19T17:01:23.000Z host=hermes ident=kernel | Killed process 5928 (apache2)"_s};
    QTest::newRow("030")
        << u"030-centos7-3.10-pdns-recursor-messages-truncated-after-header.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2024-01-24T02:43:00.000Z host=resolver ident=kernel | pdns_recursor invoked oom-killer: gfp_mask=0x280da, order=0, oom_score_adj=0"_s};
    QTest::newRow("031")
        << u"031-docker-memcg-v1-tomcat-java-lines-joined-truncated.log"_s
        << QStringList{
               u"Kill process"_s,
               u"1 up=193038.106574 | Memory cgroup out of memory: Kill process 27281 (java) score 1027 or sacrifice child"_s,
               u"failcnt 77"_s,
               u"1 up=193038.106478 | memory: usage 524288kB, limit 524288kB, failcnt 77"_s};
    QTest::newRow("032")
        << u"032-docker-desktop-macos-hyperkit-log-stream-prefix-memcg-v1.log"_s
        << QStringList{
               u"Task in"_s,
               u"1 time=2019-10-06T12:57:33.928+02:00 up=47517.500417 ident=com.docker.hyperkit pid=737 | Task in /docker/3536ff965e8d1a2c6f4448b08dd2e1d59e1008ac1bf2d53ff46cb05da5563f29 killed as a result of limit of /docker/3536ff965e8d1a2c6f4448b08dd2e1d59e1008ac1bf2d53ff46cb05da5563f29"_s};
    QTest::newRow("033")
        << u"033-memcg-v1-docker-java-messages-starts-midstack-mixed-dockerd-mesos.log"_s
        << QStringList{
               u"Killed process"_s,
               u"22 time=2024-08-25T18:21:35.000Z host=test-a3-60-17 ident=kernel | Killed process 76513 (java) total-vm:26212772kB, anon-rss:4189536kB, file-rss:0kB, shmem-rss:0kB"_s,
               u"TASK_FAILED"_s,
               u"24 time=2024-08-25T18:21:35.000Z host=test-a3-60-17 ident=mesos-slave pid=2905 | I0825 18:21:35.965833  2952 slave.cpp:3634] Handling status update TASK_FAILED (UUID: 031c0691-0dd0-4030-872e-d7d210c554c4) for task deploy-to-docker-business-product-rpc-test.a22e5797-897e-11e7-9837-f2f3c189fa2c of framework d637e32a-a1df-43eb-adaf-b1d2e3d6235a-0000 from executor(1)@192.168.60.17:38672"_s};
    QTest::newRow("034")
        << u"034-memcg-mem_test-journal-f-blockquote-stat-multiline.log"_s
        << QStringList{
               u"anon 9842688"_s,
               u"3 time=2024-06-13T14:21:19.000Z host=kubelet ident=kernel | anon 9842688"_s,
               u"file 0"_s,
               u"4 time=2024-06-13T14:21:19.000Z host=kubelet ident=kernel cont | file 0"_s,
               u"Killed process"_s,
               u"40 time=2024-06-13T14:21:19.000Z host=kubelet ident=kernel | Memory cgroup out of memory: Killed process 69431 (stress) total-vm:14100kB, anon-rss:9304kB, file-rss:208kB, shmem-rss:0kB, UID:0 pgtables:68kB oom_score_adj:0"_s};
    QTest::newRow("036")
        << u"036-sle15sp4-5.14-kubevirt-memcg-v1-kubepods-slice-redacted-host-elided.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2024-02-03T19:57:08.000Z host=** ident=kernel | virt-launcher invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=986"_s,
               u"..."_s, u"3 elided | ..."_s};
    QTest::newRow("038")
        << u"038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"2 time=2024-01-17T13:30:31.000Z host=LolbraaNAS ident=kernel | kworker/2:2 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=-1, oom_score_adj=0"_s,
               u"<TASK>"_s,
               u"7 time=2024-01-17T13:30:31.000Z host=LolbraaNAS ident=kernel | <TASK>"_s,
               u"Killed process"_s,
               u"380 time=2024-01-17T13:30:31.000Z host=LolbraaNAS ident=kernel | Out of memory: Killed process 6009 (node) total-vm:264249252kB, anon-rss:12123208kB, file-rss:0kB, shmem-rss:51828kB, UID:0 pgtables:36316kB oom_score_adj:0"_s,
               u"Added port"_s,
               u"382 time=2024-01-17T13:30:33.000Z host=LolbraaNAS ident=upnpc | Added port 51820/udp"_s};
    QTest::newRow("040")
        << u"040-embedded-arm-ion-order2-compaction-disabled-annotated.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"3 up=834.095000 | VDecChn0 invoked oom-killer: gfp_mask=0x242c2c2, order=2, oom_score_adj=0"_s,
               u"ion_ioctl"_s,
               u"6 up=834.095000 cont | ← __ion_alloc ← ion_ioctl"_s,
               u"oom_reaper"_s,
               u"9 up=834.102000 | oom_reaper: reaped process 1267 (zkgui_ui)"_s};
    QTest::newRow("042")
        << u"042-systemd-unit-MemoryMax-stress-systemctl-status-oom-kill.log"_s
        << QStringList{
               u"Failed with result"_s,
               u"17 time=2024-10-04T20:46:05.000Z host=test-vm ident=systemd pid=1 | highload-stress-test.service: Failed with result 'oom-kill'."_s};
    QTest::newRow("043")
        << u"043-systemd-unit-status-lines-truncated-by-pager.log"_s
        << QStringList{
               u"Failed with result"_s,
               u"13 time=2024-10-04T21:13:58.000Z host=test-vm ident=systemd pid=1 | highload-stress-test.service: Failed with result '>"_s};
    QTest::newRow("045")
        << u"045-x86-32-2.6-order1-lowmem-slab-heavy-interleaved-multi-truncated.log"_s
        << QStringList{
               u"oom-killer: gfp_mask"_s,
               u"1 time=2024-05-10T19:57:00.000Z host=heartbeat1 ident=kernel | oom-killer: gfp_mask=0xd0, order=1"_s,
               u"Killed process 4375"_s,
               u"120 time=2024-05-10T19:57:00.000Z host=heartbeat1 ident=kernel | Out of memory: Killed process 4375 (postfixlookup.p)."_s,
               u"truncated"_s,
               u"139 elided | ....[truncated for brevity]"_s};
    QTest::newRow("048")
        << u"048-4.19-kdump-kernel-boot-oom-no-killable-slab-unreclaimable-quoted-printable.log"_s
        << QStringList{
               u"…"_s,
               u"1 elided | […]"_s,
               u"invoked oom-killer"_s,
               u"5-6 up=4.338946 | swapper/0 invoked oom-killer: gfp_mask=0x6040c0(GFP_KERNEL|__GFP_COMP), nodemask=(null), order=0, oom_score_adj=0"_s,
               u"all_unreclaimable"_s,
               u"50-54 up=4.522929 | Node 0 active_anon:0kB inactive_anon:0kB active_file:0kB inactive_file:0kB unevictable:15720kB isolated(anon):0kB isolated(file):0kB mapped:0kB dirty:0kB writeback:0kB shmem:0kB shmem_thp: 0kB shmem_pmdmapped: 0kB anon_thp: 0kB writeback_tmp:0kB unstable:0kB all_unreclaimable? no"_s,
               u"no killable"_s,
               u"130 up=4.923156 | Out of memory and no killable processes..."_s};
    QTest::newRow("049")
        << u"049-rhel7-3.10-memcg-v1-kubepods-kmem-dominant-backported-oomkill-line.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2024-06-17T03:18:17.000Z host=host-xx ident=kernel | runc:[2:INIT] invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=997"_s,
               u"Killed process"_s,
               u"34 time=2024-06-17T03:18:17.000Z host=host-xx ident=kernel | Killed process 12788 (runc:[2:INIT]) total-vm:600736kB, anon-rss:3296kB, file-rss:276kB, shmem-rss:1012kB"_s};
    QTest::newRow("051")
        << u"051-loongarch64-4.19-memcg-v1-java-journal-callbacks-suppressed-containerd-TaskOOM.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 time=2024-04-14T05:21:34.000Z host=cc-zzhk-loongarch-controller-1 ident=kernel | C1 CompilerThre invoked oom-killer: gfp_mask=0x6000c0(GFP_KERNEL), nodemask=(null), order=0, oom_score_adj=-997"_s,
               u"TaskOOM"_s,
               u"41 time=2024-04-14T05:21:34.000Z host=cc-zzhk-loongarch-controller-1 ident=containerd pid=2032269 | time=\"2025-04-14T05:21:34.519809409+08:00\" level=info msg=\"TaskOOM event &TaskOOM{ContainerID:198301288f1414171589a049d5f75f9e4c871b8b3e5ad5af12051fdcc65da726,XXX_unrecognized:[],}\""_s,
               u"callbacks suppressed"_s,
               u"40 time=2024-04-14T05:21:34.000Z host=cc-zzhk-loongarch-controller-1 ident=kernel | oom_kill_process: 1520 callbacks suppressed"_s};
    QTest::newRow("052") << u"052-rpi-arm32-highmem-cma-free-oom-issue-excerpt-partial.log"_s
                         << QStringList{u"[    22"_s, u"15 up=492.675721 | [    22"_s};
    QTest::newRow("053")
        << u"053-sparc64-5.17-rc4-swapin-oom-header-issue-excerpt-partial.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 up=44178.534192 | haveged invoked oom-killer: gfp_mask=0x1100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0"_s,
               u"active_file:22"_s, u"22 up=44178.535041 | active_file:22 inactive"_s};
    QTest::newRow("054")
        << u"054-android-kmsg-lineno-level-alloc-failure-order0-cma-slub-elided.log"_s
        << QStringList{
               u"page allocation failure"_s,
               u"1 time=2024-03-19T10:05:52.172Z up=36.172486 | ActivityManager: page allocation failure: order:0, mode:0xc00(GFP_NOIO), nodemask=(null),cpuset=foreground,mems_allowed=0"_s,
               u"......"_s,
               u"4 elided | ......"_s,
               u"SLUB"_s,
               u"5 time=2024-03-19T10:05:52.234Z up=36.234447 | SLUB: Unable to allocate memory on node -1, gfp=0xa20(GFP_ATOMIC)"_s};
    QTest::newRow("055")
        << u"055-ppc64-4.12-rc2-slub-order4-alloc-failure-gcc-email-quoted.log"_s
        << QStringList{
               u"SLUB"_s,
               u"1 | SLUB: Unable to allocate memory on node -1, gfp=0x14000c0(GFP_KERNEL)"_s,
               u"page allocation failure"_s,
               u"5 | gcc: page allocation failure: order:4, mode:0x16040c0(GFP_KERNEL|__GFP_COMP|__GFP_NOTRACK), nodemask=(null)"_s};
    QTest::newRow("056")
        << u"056-kernel-6.18-memcg-v1-real-capture-rss-split-columns.log"_s
        << QStringList{
               u"invoked oom-killer"_s,
               u"1 up=289.594954 | python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0"_s,
               u"Killed process"_s,
               u"80 up=289.595383 | Memory cgroup out of memory: Killed process 18746 (python3) total-vm:82132kB, anon-rss:65020kB, file-rss:6616kB, shmem-rss:0kB, UID:0 pgtables:188kB oom_score_adj:0"_s};
}

void TestCorpusFraming::corpusKeyLines()
{
    QFETCH(QString, file);
    QFETCH(QStringList, needleAndRecord);
    QFile in(corpusDir() + u'/' + file);
    if (!in.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(
            u"%1 is missing: copy shared/corpus/cases/*.log to %2"_s.arg(file, corpusDir())));
    const QList<LogRecord> records = frame(in.readAll());
    for (qsizetype i = 0; i + 1 < needleAndRecord.size(); i += 2) {
        const QString &needle = needleAndRecord[i];
        QString found;
        for (const LogRecord &r : records) {
            if (r.text.contains(needle)) {
                found = describe(r);
                break;
            }
        }
        QCOMPARE(found, needleAndRecord[i + 1]);
    }
}

QTEST_GUILESS_MAIN(TestCorpusFraming)
#include "tst_corpusframing.moc"
