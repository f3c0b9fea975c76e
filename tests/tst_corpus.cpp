// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The engine over every real log of the corpus (tests/data/reports, see its README and
// MANIFEST.tsv). Each row states the case's facts as the manifest and the log itself give
// them — victims, constraint, trigger, the victim's RSS — and the engine must find them.

#include "reportfiles.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

QString kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::KernelOom: return u"kernel-oom"_s;
    case EventKind::UserspaceKill: return u"userspace-kill"_s;
    case EventKind::AllocFailure: return u"alloc-failure"_s;
    }
    return {};
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void facts_data();
    void facts();
};

// Columns: kinds of the events in order; victim pids (all events, in order); constraints
// (events that print one); trigger "comm|gfp|order" of the first event ("" = none);
// victims' anon-rss kB in order (-1 = not printed).
void TestCorpus::facts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QList<qint64>>("victims");
    QTest::addColumn<QStringList>("constraints");
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QList<qint64>>("anonRss");

    const QStringList kernel{u"kernel-oom"_s};
    QTest::newRow("004 rhel7 memcg v1 kubepods")
        << u"004-rhel7-3.10-memcg-v1-kubepods-slice-monocular.log"_s << kernel
        << QList<qint64>{24518} << QStringList{} << u"monocular|0xd0|0"_s << QList<qint64>{232620};
    QTest::newRow("006 header numbered lines")
        << u"006-alibaba-doc-header-numbered-lines-4.19-al7.log"_s << kernel << QList<qint64>{}
        << QStringList{} << u"test|0x62****|0"_s << QList<qint64>{};
    QTest::newRow("007 cgroup limit")
        << u"007-alibaba-doc-cgroup-limit-mm_test.log"_s << kernel << QList<qint64>{}
        << QStringList{} << u"test|0x240****|0"_s << QList<qint64>{};
    QTest::newRow("008 parent cgroup limit")
        << u"008-alibaba-doc-parent-cgroup-limit.log"_s << kernel << QList<qint64>{}
        << QStringList{} << u"test|0x240****|0"_s << QList<qint64>{};
    QTest::newRow("009 host low memory")
        << u"009-alibaba-doc-host-low-memory.log"_s << kernel << QList<qint64>{} << QStringList{}
        << u"test|0x62****|0"_s << QList<qint64>{};
    QTest::newRow("010 numa cpuset")
        << u"010-alibaba-doc-numa-node-cpuset-mems.log"_s << kernel << QList<qint64>{}
        << QStringList{} << u"main|0x62****|0"_s << QList<qint64>{};
    QTest::newRow("011 buddy order 3")
        << u"011-alibaba-doc-buddy-fragmentation-order3.log"_s << kernel << QList<qint64>{}
        << QStringList{} << u"insmod|0x60****|3"_s << QList<qint64>{};
    QTest::newRow("012 zh localized dmesg -T")
        << u"012-alibaba-doc-zh-localized-dmesg-T.log"_s << kernel << QList<qint64>{}
        << QStringList{} << u"test|0x62****|0"_s << QList<qint64>{};
    QTest::newRow("013 s390 2.6.28 quoted")
        << u"013-s390-2.6.28-order2-slab-heavy-email-quoted-truncated.log"_s << kernel
        << QList<qint64>{} << QStringList{} << u"basename|0xd0|2"_s << QList<qint64>{};
    QTest::newRow("014 kind memcg v2 partial")
        << u"014-cgroupv2-kind-nested-docker-kubepods-dmesgT-partial.log"_s << kernel
        << QList<qint64>{11638} << QStringList{u"CONSTRAINT_MEMCG"_s} << QString()
        << QList<qint64>{-1};
    QTest::newRow("015 6.14 memcg v2 paren comm")
        << u"015-ubuntu-6.14-memcg-v2-user-scope-rfc3339-cutdown-paren-comm.log"_s << kernel
        << QList<qint64>{3963629} << QStringList{u"CONSTRAINT_MEMCG"_s} << u"V8Worker|0xcc0|0"_s
        << QList<qint64>{1615396};
    QTest::newRow("018 cpuset and mempolicy abridged")
        << u"018-openstack-qemu-cpuset-and-mempolicy-grep-abridged.log"_s
        << QStringList{u"kernel-oom"_s, u"kernel-oom"_s} << QList<qint64>{886679, 27410}
        << QStringList{u"CONSTRAINT_CPUSET"_s, u"CONSTRAINT_MEMORY_POLICY"_s} << QString()
        << QList<qint64>{16477484, 14235148};
    QTest::newRow("019 2.6.24 x86-32 lowmem")
        << u"019-ubuntu-2.6.24-x86-32-lowmem-xorg-nvidia-redacted-prefix.log"_s << kernel
        << QList<qint64>{} << QStringList{} << u"Xorg|0x2d0|0"_s << QList<qint64>{};
    QTest::newRow("020 journal global")
        << u"020-journal-global-oom-kaspad-systemd-scope-abridged.log"_s << kernel
        << QList<qint64>{1297859} << QStringList{u"CONSTRAINT_NONE"_s}
        << u"systemd-tmpfile|0x140cca|0"_s << QList<qint64>{25891448};
    QTest::newRow("021 backslash wrapped summary")
        << u"021-ecs-cgroupv2-docker-scope-messages-grep-backslash-wrapped.log"_s << kernel
        << QList<qint64>{51947} << QStringList{u"CONSTRAINT_MEMCG"_s} << u"head|0x500cc2|0"_s
        << QList<qint64>{458176};
    QTest::newRow("023 systemd-oomd zh locale")
        << u"023-systemd-oomd-zh-locale-candidates-abridged.log"_s
        << QStringList{u"userspace-kill"_s} << QList<qint64>{} << QStringList{} << QString()
        << QList<qint64>{-1};
    QTest::newRow("026 alloc failure order 9")
        << u"026-alloc-failure-order9-amdgpu-ttm-5.10-no-oom.log"_s
        << QStringList{u"alloc-failure"_s} << QList<qint64>{} << QStringList{}
        << u"clinfo|0x194dc2|9"_s << QList<qint64>{};
    QTest::newRow("027 alloc failure order 5")
        << u"027-alloc-failure-order5-kdump-dma-pool-5.13-elided.log"_s
        << QStringList{u"alloc-failure"_s} << QList<qint64>{} << QStringList{}
        << u"swapper/0|0xcc1|5"_s << QList<qint64>{};
    QTest::newRow("028 2.6.24 highmem swap exhausted")
        << u"028-x86-32-2.6.24-highmem-swap-exhausted-apache2-email-quoted.log"_s << kernel
        << QList<qint64>{5928} << QStringList{} << u"smbd|0x1201d2|0"_s << QList<qint64>{-1};
    QTest::newRow("030 truncated after header")
        << u"030-centos7-3.10-pdns-recursor-messages-truncated-after-header.log"_s << kernel
        << QList<qint64>{} << QStringList{} << u"pdns_recursor|0x280da|0"_s << QList<qint64>{};
    QTest::newRow("031 joined lines, cut")
        << u"031-docker-memcg-v1-tomcat-java-lines-joined-truncated.log"_s << kernel
        << QList<qint64>{} << QStringList{} << QString() << QList<qint64>{};
    QTest::newRow("032 macos log stream")
        << u"032-docker-desktop-macos-hyperkit-log-stream-prefix-memcg-v1.log"_s << kernel
        << QList<qint64>{} << QStringList{} << QString() << QList<qint64>{};
    QTest::newRow("033 starts mid-stack")
        << u"033-memcg-v1-docker-java-messages-starts-midstack-mixed-dockerd-mesos.log"_s << kernel
        << QList<qint64>{76513} << QStringList{} << QString() << QList<qint64>{4189536};
    QTest::newRow("034 blockquote journal -f")
        << u"034-memcg-mem_test-journal-f-blockquote-stat-multiline.log"_s << kernel
        << QList<qint64>{69431} << QStringList{u"CONSTRAINT_MEMCG"_s} << QString()
        << QList<qint64>{9304};
    QTest::newRow("036 kubevirt elided")
        << u"036-sle15sp4-5.14-kubevirt-memcg-v1-kubepods-slice-redacted-host-elided.log"_s
        << kernel << QList<qint64>{39079} << QStringList{u"CONSTRAINT_MEMCG"_s}
        << u"virt-launcher|0xcc0|0"_s << QList<qint64>{-1};
    QTest::newRow("038 sysrq obsidian quoted")
        << u"038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log"_s << kernel
        << QList<qint64>{6009} << QStringList{u"CONSTRAINT_NONE"_s} << u"kworker/2:2|0xcc0|-1"_s
        << QList<qint64>{12123208};
    QTest::newRow("040 embedded arm annotated")
        << u"040-embedded-arm-ion-order2-compaction-disabled-annotated.log"_s << kernel
        << QList<qint64>{1267} << QStringList{} << u"VDecChn0|0x242c2c2|2"_s << QList<qint64>{-1};
    QTest::newRow("042 systemctl status oom-kill")
        << u"042-systemd-unit-MemoryMax-stress-systemctl-status-oom-kill.log"_s << kernel
        << QList<qint64>{} << QStringList{} << QString() << QList<qint64>{};
    QTest::newRow("043 status cut by pager")
        << u"043-systemd-unit-status-lines-truncated-by-pager.log"_s << kernel << QList<qint64>{}
        << QStringList{} << QString() << QList<qint64>{};
    QTest::newRow("045 2.6 interleaved")
        << u"045-x86-32-2.6-order1-lowmem-slab-heavy-interleaved-multi-truncated.log"_s
        << QStringList{u"kernel-oom"_s, u"kernel-oom"_s, u"kernel-oom"_s}
        << QList<qint64>{4368, 4375} << QStringList{} << u"|0xd0|1"_s << QList<qint64>{-1, -1};
    QTest::newRow("048 quoted-printable no killable")
        << u"048-4.19-kdump-kernel-boot-oom-no-killable-slab-unreclaimable-quoted-printable.log"_s
        << kernel << QList<qint64>{} << QStringList{} << u"swapper/0|0x6040c0|0"_s
        << QList<qint64>{};
    QTest::newRow("049 rhel7 backported summary")
        << u"049-rhel7-3.10-memcg-v1-kubepods-kmem-dominant-backported-oomkill-line.log"_s << kernel
        << QList<qint64>{12788} << QStringList{QString()} << u"runc:[2:INIT]|0xd0|0"_s
        << QList<qint64>{3296};
    QTest::newRow("051 loongarch callbacks suppressed")
        << u"051-loongarch64-4.19-memcg-v1-java-journal-callbacks-suppressed-containerd-TaskOOM.log"_s
        << kernel << QList<qint64>{585588} << QStringList{} << u"C1 CompilerThre|0x6000c0|0"_s
        << QList<qint64>{-1};
    QTest::newRow("052 rpi partial")
        << u"052-rpi-arm32-highmem-cma-free-oom-issue-excerpt-partial.log"_s << kernel
        << QList<qint64>{} << QStringList{} << QString() << QList<qint64>{};
    QTest::newRow("053 sparc64 partial")
        << u"053-sparc64-5.17-rc4-swapin-oom-header-issue-excerpt-partial.log"_s << kernel
        << QList<qint64>{} << QStringList{} << u"haveged|0x1100cca|0"_s << QList<qint64>{};
    QTest::newRow("054 android alloc failure")
        << u"054-android-kmsg-lineno-level-alloc-failure-order0-cma-slub-elided.log"_s
        << QStringList{u"alloc-failure"_s} << QList<qint64>{} << QStringList{}
        << u"ActivityManager|0xc00|0"_s << QList<qint64>{};
    QTest::newRow("055 ppc64 alloc failure")
        << u"055-ppc64-4.12-rc2-slub-order4-alloc-failure-gcc-email-quoted.log"_s
        << QStringList{u"alloc-failure"_s} << QList<qint64>{} << QStringList{}
        << u"gcc|0x16040c0|4"_s << QList<qint64>{};
    QTest::newRow("056 real 6.18 capture")
        << u"056-kernel-6.18-memcg-v1-real-capture-rss-split-columns.log"_s << kernel
        << QList<qint64>{18746} << QStringList{u"CONSTRAINT_MEMCG"_s} << u"python3|0xcc0|0"_s
        << QList<qint64>{65020};
}

void TestCorpus::facts()
{
    QFETCH(QString, file);
    const QString path = testing::reportsDir() + file;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const QList<OomEvent> events = testing::parseWholeFile(path, path);

    QStringList kinds;
    QList<qint64> victims;
    QList<qint64> anon;
    QStringList constraints;
    for (const OomEvent &event : events) {
        kinds.append(kindName(event.kind));
        if (event.constraint)
            constraints.append(*event.constraint);
        for (const Victim &victim : event.victims) {
            if (victim.pid)
                victims.append(*victim.pid);
            anon.append(valueOf(victim.anonRssKb).value_or(-1));
        }
    }
    QTEST(kinds, "kinds");
    QTEST(victims, "victims");
    QTEST(constraints, "constraints");
    QFETCH(QString, trigger);
    if (!trigger.isEmpty()) {
        const TriggerInfo &t = events.first().trigger;
        QCOMPARE(u"%1|%2|%3"_s.arg(t.comm, t.gfpMask)
                     .arg(t.order ? QString::number(*t.order) : QString()),
                 trigger);
    }
    QFETCH(QList<qint64>, anonRss);
    if (!anonRss.isEmpty())
        QCOMPARE(anon, anonRss);
    for (const OomEvent &event : events) {
        QVERIFY(event.lines.isValid());
        QCOMPARE(event.sourcePath, path);
    }
}

QTEST_APPLESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
