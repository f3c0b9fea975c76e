// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The framing layer: every log framing admins paste, one row each (records compared in
// the one-line form of helpers/framingfixtures.h), what their timestamps had to assume, and
// a 10 MB line. The year of year-less dates: tst_yearinference; the corpus: tst_corpusframing.

#include "helpers/framingfixtures.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::framingtest;

class TestLineFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framing_data();
    void framing();
    void timeAssumptions_data();
    void timeAssumptions();
    void longLineIsCutAndFramed();
};

void TestLineFramer::framing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    // --- raw dmesg and the kernel console
    // 004-rhel7-3.10-memcg-v1-kubepods-slice-monocular.log
    QTest::newRow("dmesg raw")
        << "[147913.262269] monocular invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=-998"_ba
        << QStringList{
               u"1 up=147913.262269 | monocular invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=-998"_s};
    // 004-rhel7-3.10-memcg-v1-kubepods-slice-monocular.log
    // 026-alloc-failure-order9-amdgpu-ttm-5.10-no-oom.log
    QTest::newRow("dmesg stack frame indentation")
        << "[147913.271944]  [<ffffffff816a5ea1>] dump_stack+0x19/0x1b\n[ 9556.710297]  ? __alloc_pages_direct_compact+0x137/0x150"_ba
        << QStringList{u"1 up=147913.271944 | [<ffffffff816a5ea1>] dump_stack+0x19/0x1b"_s,
                       u"2 up=9556.710297 | ? __alloc_pages_direct_compact+0x137/0x150"_s};
    QTest::newRow("dmesg printk caller id")
        << "[ 1234.567890] [T23028] python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), "
           "order=0, oom_score_adj=0\n"
           "[    0.000000][    C1] Linux version 6.1.0"_ba
        << QStringList{
               u"1 up=1234.567890 | python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0"_s,
               u"2 up=0.000000 | Linux version 6.1.0"_s};
    QTest::newRow("priority prefixes")
        << "<4>[   12.300000] Out of memory: Killed process 1 (init)\n<6>oom_reaper: reaped process 1 (init)"_ba
        << QStringList{u"1 up=12.300000 | Out of memory: Killed process 1 (init)"_s,
                       u"2 | oom_reaper: reaped process 1 (init)"_s};
    // 040-embedded-arm-ion-order2-compaction-disabled-annotated.log
    QTest::newRow("busybox short timestamp")
        << "[ 834.095] VDecChn0 invoked oom-killer: gfp_mask=0x242c2c2, order=2, oom_score_adj=0"_ba
        << QStringList{
               u"1 up=834.095000 | VDecChn0 invoked oom-killer: gfp_mask=0x242c2c2, order=2, oom_score_adj=0"_s};
    QTest::newRow("dmesg -x decoded level")
        << "kern  :warn  : [  123.456789] stress invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0"_ba
        << QStringList{
               u"1 up=123.456789 | stress invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0"_s};
    QTest::newRow("dmesg -H relative time")
        << "[Sep11 12:24] a\n[  +0.000012] b\n[9月11 12:25] c\n[  +1.500000] d\n<<gap>>\n[  +0.100000] e"_ba
        << QStringList{u"1 time=2024-09-11T12:24:00.000Z | a"_s,
                       u"2 time=2024-09-11T12:24:00.000Z | b"_s,
                       u"3 time=2024-09-11T12:25:00.000Z | c"_s,
                       u"4 time=2024-09-11T12:25:00.000Z | d"_s, u"6 | e"_s};
    QTest::newRow("dmesg -d delta")
        << "[  123.456789 <    0.000004>] Out of memory: Killed process 1 (init)"_ba
        << QStringList{u"1 up=123.456789 | Out of memory: Killed process 1 (init)"_s};
    QTest::newRow("dmesg iso time format")
        << "2021-09-11T12:24:42,123456+08:00 test invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0"_ba
        << QStringList{
               u"1 time=2021-09-11T12:24:42.123+08:00 | test invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0"_s};
    QTest::newRow("python logging style timestamp")
        << "2024-01-02 03:04:05,123 INFO earlyoom: mem avail: 120 MiB"_ba
        << QStringList{u"1 time=2024-01-02T03:04:05.123Z | INFO earlyoom: mem avail: 120 MiB"_s};
    // 031-docker-memcg-v1-tomcat-java-lines-joined-truncated.log; the second line from the
    // admins' write-up shared/seeds/000_de989fe72d0517ee.txt
    QTest::newRow("dmesg lines joined without newlines")
        << "[193038.106474] Task in /docker/0f2b killed as a result of limit of "
           "/docker/0f2b[193038.106478] memory: usage 524288kB, limit 524288kB, failcnt 77"
           "[193038.106494] [ pid ] uid tgid total_vm rss pgtables_bytes swapents oom_score_adj "
           "name[193038.106571] [27281] 0 27281 1153302 134371 1466368 0 0 java"
           "[193038.106574] Memory cgroup out of memory: Kill process 27281 (java) score 1027 or "
           "sacrifice child[193038.1\n"
           "[7934037.757829] Node 0 DMA: 3*512kB = 4476kB [7934037.762116] Node 0 DMA32: 1*4096kB (M) = 44744kB"_ba
        << QStringList{
               u"1 up=193038.106474 | Task in /docker/0f2b killed as a result of limit of /docker/0f2b"_s,
               u"1 up=193038.106478 | memory: usage 524288kB, limit 524288kB, failcnt 77"_s,
               u"1 up=193038.106494 | [ pid ] uid tgid total_vm rss pgtables_bytes swapents oom_score_adj name"_s,
               u"1 up=193038.106571 | [27281] 0 27281 1153302 134371 1466368 0 0 java"_s,
               u"1 up=193038.106574 | Memory cgroup out of memory: Kill process 27281 (java) score 1027 or sacrifice child"_s,
               u"2 up=7934037.757829 | Node 0 DMA: 3*512kB = 4476kB"_s,
               u"2 up=7934037.762116 | Node 0 DMA32: 1*4096kB (M) = 44744kB"_s};

    // --- dmesg -T, in the reader's locale
    // 007-alibaba-doc-cgroup-limit-mm_test.log
    QTest::newRow("dmesg -T")
        << "[Wed Sep  8 18:01:32 2021] Task in /mm_test killed as a result of limit of /mm_test"_ba
        << QStringList{
               u"1 time=2021-09-08T18:01:32.000Z | Task in /mm_test killed as a result of limit of /mm_test"_s};
    // 012-alibaba-doc-zh-localized-dmesg-T.log
    QTest::newRow("dmesg -T zh_CN with line numbers")
        << "565 [六 9月 11 12:24:42 2021] test invoked oom-killer: "
           "gfp_mask=0x62****(GFP_HIGHUSER_MOVABLE|__GFP_ZERO), nodemask=(null), order=0, "
           "oom_score_adj=0\n"
           "566 [四 4月 17 10:00:00 2025] test cpuset=/ mems_allowed=0"_ba
        << QStringList{
               u"1 time=2021-09-11T12:24:42.000Z | test invoked oom-killer: gfp_mask=0x62****(GFP_HIGHUSER_MOVABLE|__GFP_ZERO), nodemask=(null), order=0, oom_score_adj=0"_s,
               u"2 time=2025-04-17T10:00:00.000Z | test cpuset=/ mems_allowed=0"_s};
    QTest::newRow("dmesg -T ja_JP and ko_KR")
        << "[土  9月 11 12:24:42 2021] a\n[토  9월 11 12:24:43 2021] b\n[金 12月 31 23:59:59 2021] c"_ba
        << QStringList{u"1 time=2021-09-11T12:24:42.000Z | a"_s,
                       u"2 time=2021-09-11T12:24:43.000Z | b"_s,
                       u"3 time=2021-12-31T23:59:59.000Z | c"_s};
    QTest::newRow("dmesg -T de fr es ru")
        << "[Sa Okt  2 08:00:00 2021] de\n[sam. sept. 11 12:24:42 2021] fr\n[jeu. déc. 16 01:02:03 "
           "2021] fr2\n"
           "[mié ago 18 09:15:00 2021] es\n[Сб сен 11 12:24:42 2021] ru\n[Вт мар  2 07:00:00 2021] ru2\n[Пн мая 3 07:00:00 2021] ru3"_ba
        << QStringList{u"1 time=2021-10-02T08:00:00.000Z | de"_s,
                       u"2 time=2021-09-11T12:24:42.000Z | fr"_s,
                       u"3 time=2021-12-16T01:02:03.000Z | fr2"_s,
                       u"4 time=2021-08-18T09:15:00.000Z | es"_s,
                       u"5 time=2021-09-11T12:24:42.000Z | ru"_s,
                       u"6 time=2021-03-02T07:00:00.000Z | ru2"_s,
                       u"7 time=2021-05-03T07:00:00.000Z | ru3"_s};

    // --- syslog (RFC 3164) and journalctl short formats
    // 030-centos7-3.10-pdns-recursor-messages-truncated-after-header.log
    QTest::newRow("syslog with host")
        << "Jan 24 02:43:00 resolver kernel: pdns_recursor invoked oom-killer: gfp_mask=0x280da, order=0, oom_score_adj=0"_ba
        << QStringList{
               u"1 time=2024-01-24T02:43:00.000Z host=resolver ident=kernel | pdns_recursor invoked oom-killer: gfp_mask=0x280da, order=0, oom_score_adj=0"_s};
    // 034-memcg-mem_test-journal-f-blockquote-stat-multiline.log
    QTest::newRow("syslog without host")
        << "Jun 13 14:21:19 kernel: Memory cgroup stats for /mem_test:"_ba
        << QStringList{
               u"1 time=2024-06-13T14:21:19.000Z ident=kernel | Memory cgroup stats for /mem_test:"_s};
    // 020-journal-global-oom-kaspad-systemd-scope-abridged.log
    // 033-memcg-v1-docker-java-messages-starts-midstack-mixed-dockerd-mesos.log
    // 051-loongarch64-4.19-memcg-v1-java-journal-callbacks-suppressed-containerd-TaskOOM.log
    // 042-systemd-unit-MemoryMax-stress-systemctl-status-oom-kill.log
    QTest::newRow("syslog ident with pid")
        << "Apr 05 08:24:14 kaspa-devnet systemd[1]: session-689.scope: A process of this unit has "
           "been killed by the OOM killer.\n"
           "Aug 25 18:21:35 test-a3-60-17 dockerd: time=\"2017-08-25T18:21:35\" level=error "
           "msg=\"x\\\\none\"\n"
           "Aug 25 18:21:35 test-a3-60-17 mesos-slave[2905]: I0825 18:21:35.965833  2952 "
           "slave.cpp:3634] Handling status update\n"
           "Apr 14 05:21:34 cc-zzhk-loongarch-controller-1 containerd[2032269]: level=info "
           "msg=\"TaskOOM event\"\n"
           "Oct 04 20:46:05 test-vm earlyoom[123]: sending SIGTERM to process 4242 uid 1000 "
           "\"stress\": badness 900, VmRSS 3000 MiB\n"
           "Oct 04 20:46:05 test-vm systemd-oomd[944]: Killed /user.slice/a.scope due to memory pressure"_ba
        << QStringList{
               u"1 time=2024-04-05T08:24:14.000Z host=kaspa-devnet ident=systemd pid=1 | session-689.scope: A process of this unit has been killed by the OOM killer."_s,
               u"2 time=2024-08-25T18:21:35.000Z host=test-a3-60-17 ident=dockerd | time=\"2017-08-25T18:21:35\" level=error msg=\"x\\\\none\""_s,
               u"3 time=2024-08-25T18:21:35.000Z host=test-a3-60-17 ident=mesos-slave pid=2905 | I0825 18:21:35.965833  2952 slave.cpp:3634] Handling status update"_s,
               u"4 time=2024-04-14T05:21:34.000Z host=cc-zzhk-loongarch-controller-1 ident=containerd pid=2032269 | level=info msg=\"TaskOOM event\""_s,
               u"5 time=2024-10-04T20:46:05.000Z host=test-vm ident=earlyoom pid=123 | sending SIGTERM to process 4242 uid 1000 \"stress\": badness 900, VmRSS 3000 MiB"_s,
               u"6 time=2024-10-04T20:46:05.000Z host=test-vm ident=systemd-oomd pid=944 | Killed /user.slice/a.scope due to memory pressure"_s};
    QTest::newRow("kern.log kernel timestamp after ident")
        << "Sep  8 12:00:00 ubuntu kernel: [430837.193448] Xorg invoked oom-killer: "
           "gfp_mask=0x2d0, order=0, oomkilladj=0\n"
           "Sep  8 12:00:00 ubuntu kernel: [430837.193484]  [oom_kill_process+0x10a/0x120] oom_kill_process+0x10a/0x120"_ba
        << QStringList{
               u"1 time=2024-09-08T12:00:00.000Z up=430837.193448 host=ubuntu ident=kernel | Xorg invoked oom-killer: gfp_mask=0x2d0, order=0, oomkilladj=0"_s,
               u"2 time=2024-09-08T12:00:00.000Z up=430837.193484 host=ubuntu ident=kernel | [oom_kill_process+0x10a/0x120] oom_kill_process+0x10a/0x120"_s};
    // 019-ubuntu-2.6.24-x86-32-lowmem-xorg-nvidia-redacted-prefix.log
    // 036-sle15sp4-5.14-kubevirt-memcg-v1-kubepods-slice-redacted-host-elided.log
    // 049-rhel7-3.10-memcg-v1-kubepods-kmem-dominant-backported-oomkill-line.log
    QTest::newRow("redacted prefixes")
        << "... kernel: [430837.193448] Xorg invoked oom-killer: gfp_mask=0x2d0, order=0, "
           "oomkilladj=0\n"
           "Feb 03 19:57:08 ** kernel: virt-launcher invoked oom-killer: "
           "gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=986\n"
           "Jun 17 03:18:17 host-xx kernel: Killed process 12788 (runc:[2:INIT]) total-vm:600736kB"_ba
        << QStringList{
               u"1 up=430837.193448 ident=kernel | Xorg invoked oom-killer: gfp_mask=0x2d0, order=0, oomkilladj=0"_s,
               u"2 time=2024-02-03T19:57:08.000Z host=** ident=kernel | virt-launcher invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=986"_s,
               u"3 time=2024-06-17T03:18:17.000Z host=host-xx ident=kernel | Killed process 12788 (runc:[2:INIT]) total-vm:600736kB"_s};
    QTest::newRow("single-digit day with two spaces")
        << "Apr  5 08:24:14 kaspa-devnet kernel: oom_reaper: reaped process 1297859 (kaspad)"_ba
        << QStringList{
               u"1 time=2024-04-05T08:24:14.000Z host=kaspa-devnet ident=kernel | oom_reaper: reaped process 1297859 (kaspad)"_s};
    // 023-systemd-oomd-zh-locale-candidates-abridged.log
    QTest::newRow("journalctl zh_CN month without host")
        << "9月 18 02:27:12 systemd[1398]: app-zcode-7806.scope: systemd-oomd killed some "
           "process(es) in this unit.\n"
           " 9月 18 02:27:13 myhost kernel: msg"_ba
        << QStringList{
               u"1 time=2024-09-18T02:27:12.000Z ident=systemd pid=1398 | app-zcode-7806.scope: systemd-oomd killed some process(es) in this unit."_s,
               u"2 time=2024-09-18T02:27:13.000Z host=myhost ident=kernel | msg"_s};
    QTest::newRow("syslog with priority")
        << "<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8"_ba
        << QStringList{
               u"1 time=2024-10-11T22:14:15.000Z host=mymachine ident=su | 'su root' failed for lonvick on /dev/pts/8"_s};
    QTest::newRow("journalctl short-precise")
        << "Jan 24 02:43:00.123456 resolver kernel: Out of memory: Killed process 17966 (pdns_recursor)"_ba
        << QStringList{
               u"1 time=2024-01-24T02:43:00.123Z host=resolver ident=kernel | Out of memory: Killed process 17966 (pdns_recursor)"_s};
    QTest::newRow("journalctl short-monotonic")
        << "[  123.456789] resolver kernel: Out of memory: Killed process 17966 (pdns_recursor)\n"
           "[  123.456800] resolver systemd[1]: foo.service: Failed with result 'oom-kill'."_ba
        << QStringList{
               u"1 up=123.456789 host=resolver ident=kernel | Out of memory: Killed process 17966 (pdns_recursor)"_s,
               u"2 up=123.456800 host=resolver ident=systemd pid=1 | foo.service: Failed with result 'oom-kill'."_s};
    // 026-alloc-failure-order9-amdgpu-ttm-5.10-no-oom.log
    QTest::newRow("dmesg text shaped like host and ident stays text")
        << "[ 9556.710268] Call Trace:\n[ 9556.710264] Hardware name: Micro-Star International Co., Ltd. MS-7A34\n[  289.595219] Code: c5 fe 7f 07"_ba
        << QStringList{
               u"1 up=9556.710268 | Call Trace:"_s,
               u"2 up=9556.710264 | Hardware name: Micro-Star International Co., Ltd. MS-7A34"_s,
               u"3 up=289.595219 | Code: c5 fe 7f 07"_s};
    QTest::newRow("journalctl short-full")
        << "Sat 2021-09-11 12:24:42 UTC web-1 kernel: msg\nSat 2021-09-11 12:24:42 +0900 web-1 kernel: msg2"_ba
        << QStringList{u"1 time=2021-09-11T12:24:42.000Z host=web-1 ident=kernel | msg"_s,
                       u"2 time=2021-09-11T12:24:42.000+09:00 host=web-1 ident=kernel | msg2"_s};
    // 018-openstack-qemu-cpuset-and-mempolicy-grep-abridged.log
    QTest::newRow("journalctl -o cat")
        << "oom-kill:constraint=CONSTRAINT_CPUSET,nodemask=(null),cpuset=emulator,mems_allowed=0,"
           "global_oom,task=qemu-system-x86\n"
           "Out of memory: Killed process 886679 (qemu-system-x86) total-vm:19254864kB, anon-rss:16477484kB"_ba
        << QStringList{
               u"1 | oom-kill:constraint=CONSTRAINT_CPUSET,nodemask=(null),cpuset=emulator,mems_allowed=0,global_oom,task=qemu-system-x86"_s,
               u"2 | Out of memory: Killed process 886679 (qemu-system-x86) total-vm:19254864kB, anon-rss:16477484kB"_s};
    // 034-memcg-mem_test-journal-f-blockquote-stat-multiline.log
    QTest::newRow("journal marker lines")
        << "-- Logs begin at Sun 2021-05-30 12:29:02 CST. --\n-- Boot "
           "0123456789abcdef0123456789abcdef --\n"
           "Jun 13 14:21:19 kubelet kernel: a\n-- Subject: A process of foo.service has been killed\n-- No entries --\n-- Reboot --"_ba
        << QStringList{u"3 time=2024-06-13T14:21:19.000Z host=kubelet ident=kernel | a"_s};

    // --- RFC 5424, RFC 3339
    QTest::newRow("rfc5424")
        << "<34>1 2024-01-02T03:04:05.123Z host app 123 - - msg\n"
           "<165>1 2003-10-11T22:14:15.003-07:00 mymachine.example.com evntslog - ID47 "
           "[exampleSDID@32473 iut=\"3\" eventSource=\"App]lication\"] \xEF\xBB\xBF"
           "An application event\n"
           "<13>1 - - - - - - bare"_ba
        << QStringList{
               u"1 time=2024-01-02T03:04:05.123Z host=host ident=app pid=123 | msg"_s,
               u"2 time=2003-10-11T22:14:15.003-07:00 host=mymachine.example.com ident=evntslog | An application event"_s,
               u"3 | bare"_s};
    // 015-ubuntu-6.14-memcg-v2-user-scope-rfc3339-cutdown-paren-comm.log
    QTest::newRow("rfc3339 syslog")
        << "2026-09-19T17:27:56.876962+00:00 web-1 kernel: V8Worker invoked oom-killer: "
           "gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0\n"
           "2024-01-02T03:04:05+0100 web-1 kernel: short-iso\n2024-01-02T03:04:05.123456Z web-1 kernel: [  17.000001] inner"_ba
        << QStringList{
               u"1 time=2026-09-19T17:27:56.876Z host=web-1 ident=kernel | V8Worker invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0"_s,
               u"2 time=2024-01-02T03:04:05.000+01:00 host=web-1 ident=kernel | short-iso"_s,
               u"3 time=2024-01-02T03:04:05.123Z up=17.000001 host=web-1 ident=kernel | inner"_s};
    // 032-docker-desktop-macos-hyperkit-log-stream-prefix-memcg-v1.log
    QTest::newRow("macOS log stream around a VM's dmesg")
        << "2019-10-06 12:57:33.928398+0200 0x1f0f     Default     0x0                  737    0    com.docker.hyperkit: [47517.500417] Task in /docker/3536 killed as a result of limit of /docker/3536"_ba
        << QStringList{
               u"1 time=2019-10-06T12:57:33.928+02:00 up=47517.500417 ident=com.docker.hyperkit pid=737 | Task in /docker/3536 killed as a result of limit of /docker/3536"_s};

    // --- escaped newlines
    QTest::newRow("rsyslog #012 and #011")
        << "Jun 13 14:21:19 kubelet kernel: anon 9842688#012file 0#012kernel_stack 0\n"
           "Oct 04 20:46:05 vm systemd-oomd[944]: Considered 61 cgroups for killing, top candidates were:#012#011Path: /a.scope#012#011#011Pressure: Avg10: 84.56"_ba
        << QStringList{
               u"1 time=2024-06-13T14:21:19.000Z host=kubelet ident=kernel | anon 9842688"_s,
               u"1 time=2024-06-13T14:21:19.000Z host=kubelet ident=kernel cont | file 0"_s,
               u"1 time=2024-06-13T14:21:19.000Z host=kubelet ident=kernel cont | kernel_stack 0"_s,
               u"2 time=2024-10-04T20:46:05.000Z host=vm ident=systemd-oomd pid=944 | Considered 61 cgroups for killing, top candidates were:"_s,
               u"2 time=2024-10-04T20:46:05.000Z host=vm ident=systemd-oomd pid=944 cont | Path: /a.scope"_s,
               u"2 time=2024-10-04T20:46:05.000Z host=vm ident=systemd-oomd pid=944 cont | Pressure: Avg10: 84.56"_s};
    QTest::newRow("dev kmsg records")
        << "6,1234,5678901,-;Out of memory: Killed process 1234 (stress)\n"
           "4,1001,289594954,-,caller=T18746;python3 invoked oom-killer: "
           "gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0\n"
           "6,1240,5679000,-;anon 1\\x0afile 0\\x0a\n SUBSYSTEM=memory\n DEVICE=+memcg:1\n"
           "6,1241,5679001,-;caf\\xc3\\xa9 \\x5cn"_ba
        << QStringList{
               u"1 up=5.678901 | Out of memory: Killed process 1234 (stress)"_s,
               u"2 up=289.594954 | python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0"_s,
               u"3 up=5.679000 | anon 1"_s, u"3 up=5.679000 cont | file 0"_s,
               u"6 up=5.679001 | café \\n"_s};
    // 054-android-kmsg-lineno-level-alloc-failure-order0-cma-slub-elided.log
    QTest::newRow("android kmsg with line numbers and levels")
        << "04166 < 4> [   36.172486] [03-19 10:05:52.172] ActivityManager: page allocation "
           "failure: order:0, mode:0xc00(GFP_NOIO)\n"
           "0419C < 4> [   36.189447] [03-19 10:05:52.189] DMA32: 0*4kB 447*8kB (C) = 35848kB"_ba
        << QStringList{
               u"1 time=2024-03-19T10:05:52.172Z up=36.172486 | ActivityManager: page allocation failure: order:0, mode:0xc00(GFP_NOIO)"_s,
               u"2 time=2024-03-19T10:05:52.189Z up=36.189447 | DMA32: 0*4kB 447*8kB (C) = 35848kB"_s};

    // --- quoting and the ways people paste
    // 013-s390-2.6.28-order2-slab-heavy-email-quoted-truncated.log
    // 034-memcg-mem_test-journal-f-blockquote-stat-multiline.log
    QTest::newRow("mail and markdown quoting")
        << "> Mar 16 21:40:40 t6360003 kernel: basename invoked oom-killer: gfp_mask=0xd0, "
           "order=2, oomkilladj=0\n"
           ">Jun 13 14:21:19 kubelet kernel: b\n> > [  1.000000] c\n>> [  2.000000] d\n| [  3.000000] e\n  > [  4.000000] f"_ba
        << QStringList{
               u"1 time=2024-03-16T21:40:40.000Z host=t6360003 ident=kernel | basename invoked oom-killer: gfp_mask=0xd0, order=2, oomkilladj=0"_s,
               u"2 time=2024-06-13T14:21:19.000Z host=kubelet ident=kernel | b"_s,
               u"3 up=1.000000 | c"_s,
               u"4 up=2.000000 | d"_s,
               u"5 up=3.000000 | e"_s,
               u"6 up=4.000000 | f"_s};
    // 038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log
    QTest::newRow("obsidian callout and markdown escapes")
        << "> [!NOTE]- syslog\n> Jan 17 13:30:31 LolbraaNAS kernel: \\<TASK\\>\n> Jan 17 13:30:31 "
           "LolbraaNAS kernel: \\</TASK\\>\n"
           "> Jan 17 13:30:31 LolbraaNAS kernel: Workqueue: events moom\\_callback"_ba
        << QStringList{
               u"2 time=2024-01-17T13:30:31.000Z host=LolbraaNAS ident=kernel | <TASK>"_s,
               u"3 time=2024-01-17T13:30:31.000Z host=LolbraaNAS ident=kernel | </TASK>"_s,
               u"4 time=2024-01-17T13:30:31.000Z host=LolbraaNAS ident=kernel | Workqueue: events moom_callback"_s};
    // 030-centos7-3.10-pdns-recursor-messages-truncated-after-header.log
    QTest::newRow("paste indented as a whole")
        << "    Jan 24 02:43:00 resolver kernel: pdns_recursor cpuset=/ mems_allowed=0\n"
           "    Jan 24 02:43:00 resolver kernel: CPU: 0 PID: 17966 Comm: pdns_recursor Not tainted "
           "3.10.0-693.el7.x86_64 #1\n"
           "        continued"_ba
        << QStringList{
               u"1 time=2024-01-24T02:43:00.000Z host=resolver ident=kernel | pdns_recursor cpuset=/ mems_allowed=0"_s,
               u"2 time=2024-01-24T02:43:00.000Z host=resolver ident=kernel | CPU: 0 PID: 17966 Comm: pdns_recursor Not tainted 3.10.0-693.el7.x86_64 #1"_s,
               u"3 time=2024-01-24T02:43:00.000Z host=resolver ident=kernel cont | continued"_s};
    QTest::newRow("mail prose around a quote")
        << "On Tue, 17 Mar 2009 Andrew Morton wrote:\n> [  1.000000] a\n\nThanks."_ba
        << QStringList{u"1 | On Tue, 17 Mar 2009 Andrew Morton wrote:"_s, u"2 up=1.000000 | a"_s,
                       u"4 | Thanks."_s};
    // 048-4.19-kdump-kernel-boot-oom-no-killable-slab-unreclaimable-quoted-printable.log
    QTest::newRow("quoted-printable body")
        << "[=E2=80=A6]\n[    4.338946] swapper/0 invoked oom-killer: "
           "gfp_mask=3D0x6040c0(GFP_KERN=\n"
           "EL|__GFP_COMP), nodemask=3D(null), order=3D0, oom_score_adj=3D0\n"
           "[    4.354618] CPU: 0 PID: 1 Comm: swapper/0 Not tainted 4.19.57.mx64.282=\n #1\n"
           "[    4.522929] Node 0 active_anon:0kB i=\nnactive_file:0kB all_unreclaimable?=\n no\n"
           "[    4.608887] Node 0 DMA: 1*4kB (U) 0*8kB =3D 484kB"_ba
        << QStringList{
               u"1 elided | […]"_s,
               u"2-3 up=4.338946 | swapper/0 invoked oom-killer: gfp_mask=0x6040c0(GFP_KERNEL|__GFP_COMP), nodemask=(null), order=0, oom_score_adj=0"_s,
               u"4-5 up=4.354618 | CPU: 0 PID: 1 Comm: swapper/0 Not tainted 4.19.57.mx64.282 #1"_s,
               u"6-8 up=4.522929 | Node 0 active_anon:0kB inactive_file:0kB all_unreclaimable? no"_s,
               u"9 up=4.608887 | Node 0 DMA: 1*4kB (U) 0*8kB = 484kB"_s};
    QTest::newRow("quoted-printable needs a consistent line")
        << "[  1.000000] a=3D b=1 c=\n[  2.000000] next\n[  3.000000] x=3D0=\n1\n[  4.000000] task=tail,pid=51947,uid=0 end=\n[  5.000000] y=3D1"_ba
        << QStringList{u"1 up=1.000000 | a=3D b=1 c="_s, u"2 up=2.000000 | next"_s,
                       u"3-4 up=3.000000 | x=01"_s,
                       u"5 up=4.000000 | task=tail,pid=51947,uid=0 end="_s,
                       u"6 up=5.000000 | y=1"_s};
    // 021-ecs-cgroupv2-docker-scope-messages-grep-backslash-wrapped.log
    QTest::newRow("backslash-wrapped line")
        << "Apr 15 23:04:52 localhost kernel: "
           "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),\\\n"
           "    cpuset=docker-60ef.scope,mems_allowed=0,\\\n    task=tail,pid=51947,uid=0\n"
           "Apr 15 23:04:52 localhost kernel: path C:\\\nApr 15 23:04:52 localhost kernel: next"_ba
        << QStringList{
               u"1-3 time=2024-04-15T23:04:52.000Z host=localhost ident=kernel | oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=docker-60ef.scope,mems_allowed=0,task=tail,pid=51947,uid=0"_s,
               u"4 time=2024-04-15T23:04:52.000Z host=localhost ident=kernel | path C:\\"_s,
               u"5 time=2024-04-15T23:04:52.000Z host=localhost ident=kernel | next"_s};

    // --- continuation lines
    // 014-cgroupv2-kind-nested-docker-kubepods-dmesgT-partial.log
    QTest::newRow("continuation memory.stat dump 5.3-6.4")
        << "[Thu Apr  1 16:45:10 2021] anon 314535936\n                           file 0\n         "
           "                  kernel_stack 49152\n"
           "[Thu Apr  1 16:45:10 2021] Tasks state (memory values in pages):"_ba
        << QStringList{
               u"1 time=2021-04-01T16:45:10.000Z | anon 314535936"_s,
               u"2 time=2021-04-01T16:45:10.000Z cont | file 0"_s,
               u"3 time=2021-04-01T16:45:10.000Z cont | kernel_stack 49152"_s,
               u"4 time=2021-04-01T16:45:10.000Z | Tasks state (memory values in pages):"_s};
    // 034-memcg-mem_test-journal-f-blockquote-stat-multiline.log
    QTest::newRow("continuation in a blockquote")
        << ">Jun 13 14:21:19 kubelet kernel: anon 9842688\n>                            file 0"_ba
        << QStringList{
               u"1 time=2024-06-13T14:21:19.000Z host=kubelet ident=kernel | anon 9842688"_s,
               u"2 time=2024-06-13T14:21:19.000Z host=kubelet ident=kernel cont | file 0"_s};
    // 010-alibaba-doc-numa-node-cpuset-mems.log
    QTest::newRow("continuation of Mem-Info")
        << "[Sat Sep 11 09:46:24 2021] active_anon:172 inactive_anon:4518735 isolated_anon:\n    free:4111496 free_pcp:1 free_cma:0"_ba
        << QStringList{
               u"1 time=2021-09-11T09:46:24.000Z | active_anon:172 inactive_anon:4518735 isolated_anon:"_s,
               u"2 time=2021-09-11T09:46:24.000Z cont | free:4111496 free_pcp:1 free_cma:0"_s};
    // 023-systemd-oomd-zh-locale-candidates-abridged.log
    QTest::newRow("continuation of systemd-oomd candidates")
        << "9月 18 02:27:12 systemd-oomd[944]: Considered 61 cgroups for killing, top candidates "
           "were:\n"
           "        Path: .../app.slice/app-zcode-7806.scope\n\t\tPressure: Avg10: 84.56 Avg60: 33.68 Avg300: 8.29 Total: 32s"_ba
        << QStringList{
               u"1 time=2024-09-18T02:27:12.000Z ident=systemd-oomd pid=944 | Considered 61 cgroups for killing, top candidates were:"_s,
               u"2 time=2024-09-18T02:27:12.000Z ident=systemd-oomd pid=944 cont | Path: .../app.slice/app-zcode-7806.scope"_s,
               u"3 time=2024-09-18T02:27:12.000Z ident=systemd-oomd pid=944 cont | Pressure: Avg10: 84.56 Avg60: 33.68 Avg300: 8.29 Total: 32s"_s};
    QTest::newRow("no continuation across a blank line, a gap or a bare line")
        << "[  1.000000] a\n\n    b\n[  2.000000] c\n<<gap>>\n    d\n[  3.000000] e\nprose\n    f"_ba
        << QStringList{u"1 up=1.000000 | a"_s,
                       u"3 | b"_s,
                       u"4 up=2.000000 | c"_s,
                       u"6 | d"_s,
                       u"7 up=3.000000 | e"_s,
                       u"8 | prose"_s,
                       u"9 | f"_s};
    // 027-alloc-failure-order5-kdump-dma-pool-5.13-elided.log
    QTest::newRow("bare indented paste is not continuation")
        << " swapper/0: page allocation failure: order:5, mode:0xcc1(GFP_KERNEL|GFP_DMA), "
           "nodemask=(null),cpuset=/,mems_allowed=0\n"
           " Call Trace:\n  dump_stack+0x7f/0xa1\n ......"_ba
        << QStringList{
               u"1 | swapper/0: page allocation failure: order:5, mode:0xcc1(GFP_KERNEL|GFP_DMA), nodemask=(null),cpuset=/,mems_allowed=0"_s,
               u"2 | Call Trace:"_s, u"3 | dump_stack+0x7f/0xa1"_s, u"4 elided | ......"_s};

    // --- elisions and other marks
    QTest::newRow("elisions")
        << "...\n......\n\t......\n[…]\n[...]\n....[truncated for brevity]\n<snip>\n-- snip --\n(...)\n[ 300 more lines ]"_ba
        << QStringList{u"1 elided | ..."_s,    u"2 elided | ......"_s,
                       u"3 elided | ......"_s, u"4 elided | […]"_s,
                       u"5 elided | [...]"_s,  u"6 elided | ....[truncated for brevity]"_s,
                       u"7 elided | <snip>"_s, u"8 elided | -- snip --"_s,
                       u"9 elided | (...)"_s,  u"10 elided | [ 300 more lines ]"_s};
    // 054-android-kmsg-lineno-level-alloc-failure-order0-cma-slub-elided.log
    QTest::newRow("quoted tab elision after a record")
        << "> 0419D < 4> [   36.193125] [03-19 10:05:52.193] Normal: 231*4kB (UMEH) = 3236kB\n> \t......"_ba
        << QStringList{
               u"1 time=2024-03-19T10:05:52.193Z up=36.193125 | Normal: 231*4kB (UMEH) = 3236kB"_s,
               u"2 elided | ......"_s};
    // 051-loongarch64-4.19-memcg-v1-java-journal-callbacks-suppressed-containerd-TaskOOM.log:
    // the kernel's own "..." in a LoongArch stack dump
    QTest::newRow("not elisions")
        << "Apr 14 05:21:34 h kernel:        ...\n------------[ cut here ]------------\nCall trace truncated"_ba
        << QStringList{u"1 time=2024-04-14T05:21:34.000Z host=h ident=kernel | ..."_s,
                       u"2 | ------------[ cut here ]------------"_s,
                       u"3 | Call trace truncated"_s};
    QTest::newRow("grep separator breaks continuation")
        << "[  1.000000] a\n--\n    b"_ba << QStringList{u"1 up=1.000000 | a"_s, u"3 | b"_s};
    // 040-embedded-arm-ion-order2-compaction-disabled-annotated.log
    QTest::newRow("author annotations stay in the text")
        << "[ 834.095] COMPACTION is disabled!!!          ← 本内核没开内存规整\n           __alloc_pages_nodemask ← ion_page_pool_alloc"_ba
        << QStringList{
               u"1 up=834.095000 | COMPACTION is disabled!!!          ← 本内核没开内存规整"_s,
               u"2 up=834.095000 cont | __alloc_pages_nodemask ← ion_page_pool_alloc"_s};
    // 043-systemd-unit-status-lines-truncated-by-pager.log
    QTest::newRow("terminal-width truncation stays")
        << "Oct 04 21:13:58 test-vm systemd[1]: highload-stress-test.service: Failed with result '>"_ba
        << QStringList{
               u"1 time=2024-10-04T21:13:58.000Z host=test-vm ident=systemd pid=1 | highload-stress-test.service: Failed with result '>"_s};
    // Android logcat -v threadtime: "MM-DD hh:mm:ss.mmm  pid  tid P tag: msg".
    QTest::newRow("logcat threadtime")
        << "05-21 10:11:12.345   612   612 I lowmemorykiller: Kill 'com.example' (12345)\n"
           "05-21 10:11:12.345   612   612 not logcat"_ba
        << QStringList{
               u"1 time=2024-05-21T10:11:12.345Z ident=lowmemorykiller pid=612 | Kill 'com.example' (12345)"_s,
               u"2 | 05-21 10:11:12.345   612   612 not logcat"_s};

    // --- hostile bytes
    QTest::newRow("CRLF line endings")
        << "Jan 24 02:43:00 resolver kernel: a\r\n[  1.000000] b\r\n"_ba
        << QStringList{u"1 time=2024-01-24T02:43:00.000Z host=resolver ident=kernel | a"_s,
                       u"2 up=1.000000 | b"_s};
    static const char hostile[] =
        "[  1.000000] a\0b\n[  2.000000] c\xff\xfe"
        "d\n\xc3";
    QTest::newRow("NUL bytes and invalid UTF-8")
        << QByteArray(hostile, sizeof(hostile) - 1)
        << QStringList{u"1 up=1.000000 | a\uFFFDb"_s, u"2 up=2.000000 | c\uFFFD\uFFFDd"_s,
                       u"3 | \uFFFD"_s};
    QTest::newRow("ANSI colours") // dmesg --color=always captured with script(1)
        << "\x1b[32m[    1.000000] \x1b[0m\x1b[33mOut of memory\x1b[0m"_ba
        << QStringList{u"1 up=1.000000 | Out of memory"_s};
    QTest::newRow("impossible dates and lone prefixes")
        << "Feb 30 01:02:03 h kernel: x\n[Sat Foo 11 12:24:42 2021] y\n[  1.000000]\n<4>\nJan 24 02:43:00 resolver"_ba
        << QStringList{u"1 host=h ident=kernel | x"_s, u"2 | [Sat Foo 11 12:24:42 2021] y"_s,
                       u"3 up=1.000000 | "_s, u"4 | "_s,
                       u"5 time=2024-01-24T02:43:00.000Z | resolver"_s};
}

void TestLineFramer::framing()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(frame(input)), expected);
}

// What a record's time had to assume: the year (FramingOptions::assumedYear) and the zone
// (UTC). Columns: one line, then whether the year and the zone were assumed.
void TestLineFramer::timeAssumptions_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("yearAssumed");
    QTest::addColumn<bool>("zoneAssumed");

    QTest::newRow("rfc3164") << "Jan 24 02:43:00 resolver kernel: a"_ba << true << true;
    QTest::newRow("journalctl zh_CN") << "9月 18 02:27:12 systemd[1398]: a"_ba << true << true;
    QTest::newRow("dmesg -T") << "[Sat Sep 11 12:24:42 2021] a"_ba << false << true;
    QTest::newRow("rfc3339") << "2026-09-19T17:27:56.876962+00:00 web-1 kernel: a"_ba << false
                             << false;
    QTest::newRow("iso without zone") << "2024-01-02 03:04:05,123 a"_ba << false << true;
    QTest::newRow("short-full UTC")
        << "Sat 2021-09-11 12:24:42 UTC web-1 kernel: a"_ba << false << false;
    QTest::newRow("short-full CST is ambiguous")
        << "Sat 2021-09-11 12:24:42 CST web-1 kernel: a"_ba << false << true;
    QTest::newRow("android wall clock")
        << "[   36.172486] [03-19 10:05:52.172] a"_ba << true << true;
    QTest::newRow("dmesg -H delta") << "[Sep11 12:24] a\n[  +0.000012] b"_ba << true << true;
    QTest::newRow("no time at all") << "[  1.000000] a"_ba << false << false;
    QTest::newRow("impossible date") << "Feb 30 01:02:03 h kernel: a"_ba << false << false;
}

void TestLineFramer::timeAssumptions()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, yearAssumed);
    QFETCH(bool, zoneAssumed);
    const QList<LogRecord> records = frame(input);
    QVERIFY(!records.isEmpty());
    const LogRecord &last = records.last();
    QCOMPARE(last.timeYearAssumed, yearAssumed);
    QCOMPARE(last.timeZoneAssumed, zoneAssumed);
}

// A scanner can hand over a line of any length (a log with no newline at all); the framer
// cuts it at 64 KiB and still frames it. 10 MB must not take quadratic time: 50 such lines
// run in well under a second when every step is linear.
void TestLineFramer::longLineIsCutAndFramed()
{
    QByteArray line = "[  1.000000] "_ba;
    line += QByteArray(10 * 1024 * 1024, 'x');
    LineFramer framer;
    QList<LogRecord> records;
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= 50; ++i)
        framer.addLine(line, i, records);
    framer.finish(records);
    QCOMPARE(records.size(), 50);
    QCOMPARE(records[0].uptime, 1.0);
    QVERIFY(records[0].text.size() < 64 * 1024);
    QVERIFY(records[0].text.size() > 60 * 1024);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestLineFramer)
#include "tst_lineframer.moc"
