// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The diagnosis of every real log of the corpus: the primary cause of each incident, the
// wizard that fixes it, and the evidence lines it must point at — decided by reading each
// log (the line numbers are the log's own).

#include "core/analysis/causeids.h"
#include "core/analysis/diagnosis.h"
#include "reportfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

class TestDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void primaryCause_data();
    void primaryCause();
    void everyCaseHasATranslatableSummary();
};

void TestDiagnosis::primaryCause_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("event");
    QTest::addColumn<QString>("cause"); // undetermined: no cause can be told from the excerpt
    QTest::addColumn<QString>("remedy");
    QTest::addColumn<QList<qint64>>("evidence"); // lines the primary cause must cite
    QTest::addColumn<QStringList>("alsoFound"); // further cause ids that must be listed

    auto row = [](const char *name, const QString &file, int event, const QString &cause,
                  const QString &remedy, QList<qint64> evidence, QStringList also = {}) {
        QTest::newRow(name) << file << event << cause << remedy << evidence << also;
    };
    // Pod-level limit: "Task in <container scope> killed as a result of limit of <pod slice>".
    row("004 pod slice limit", u"004-rhel7-3.10-memcg-v1-kubepods-slice-monocular.log"_s, 0,
        causeid::MemcgAncestorLimit, remedyid::Limits, {22, 23, 32});
    row("006 header only", u"006-alibaba-doc-header-numbered-lines-4.19-al7.log"_s, 0,
        causeid::Undetermined, QString(), {});
    row("007 own cgroup limit", u"007-alibaba-doc-cgroup-limit-mm_test.log"_s, 0,
        causeid::MemcgLimit, remedyid::Limits, {2, 3});
    row("008 parent cgroup limit", u"008-alibaba-doc-parent-cgroup-limit.log"_s, 0,
        causeid::MemcgAncestorLimit, remedyid::Limits, {2, 3});
    // Normal below min; the DMA32 reserve is not in the excerpt.
    row("009 host low memory", u"009-alibaba-doc-host-low-memory.log"_s, 0, causeid::HostExhausted,
        remedyid::Swap, {4});
    // mems_allowed=1: node 1 had 42.6 MiB free, the system 15.7 GiB; 720 GiB in huge pages.
    row("010 numa node", u"010-alibaba-doc-numa-node-cpuset-mems.log"_s, 0,
        causeid::NumaNodeExhausted, remedyid::Cpuset, {7}, {causeid::HugetlbReserved});
    // order 3, Normal free above min, nothing free at 32 kB and above.
    row("011 fragmentation", u"011-alibaba-doc-buddy-fragmentation-order3.log"_s, 0,
        causeid::Fragmentation, remedyid::Compaction, {4, 5});
    row("012 header only, zh", u"012-alibaba-doc-zh-localized-dmesg-T.log"_s, 0,
        causeid::Undetermined, QString(), {});
    // order 2 with 456 MiB free in DMA; slab:875833 pages.
    row("013 s390 order 2", u"013-s390-2.6.28-order2-slab-heavy-email-quoted-truncated.log"_s, 0,
        causeid::Fragmentation, remedyid::Compaction, {40}, {causeid::SlabUnreclaimable});
    row("014 kind pod limit", u"014-cgroupv2-kind-nested-docker-kubepods-dmesgT-partial.log"_s, 0,
        causeid::MemcgAncestorLimit, remedyid::Limits, {49});
    row("015 user scope", u"015-ubuntu-6.14-memcg-v2-user-scope-rfc3339-cutdown-paren-comm.log"_s,
        0, causeid::MemcgLimit, remedyid::Limits, {11});
    row("018 cpuset", u"018-openstack-qemu-cpuset-and-mempolicy-grep-abridged.log"_s, 0,
        causeid::NumaNodeExhausted, remedyid::Cpuset, {2});
    row("018 mempolicy", u"018-openstack-qemu-cpuset-and-mempolicy-grep-abridged.log"_s, 1,
        causeid::NumaNodeExhausted, remedyid::Cpuset, {5});
    // Normal free 3732 kB < min 3744 kB while HighMem had 113132 kB.
    row("019 lowmem", u"019-ubuntu-2.6.24-x86-32-lowmem-xorg-nvidia-redacted-prefix.log"_s, 0,
        causeid::Lowmem, QString(), {49, 52});
    row("020 global", u"020-journal-global-oom-kaspad-systemd-scope-abridged.log"_s, 0,
        causeid::HostExhausted, remedyid::Swap, {5});
    row("021 ecs task slice",
        u"021-ecs-cgroupv2-docker-scope-messages-grep-backslash-wrapped.log"_s, 0,
        causeid::MemcgAncestorLimit, remedyid::Limits, {7});
    row("023 oomd pressure", u"023-systemd-oomd-zh-locale-candidates-abridged.log"_s, 0,
        causeid::OomdPressure, remedyid::SystemdPolicy, {2, 3});
    row("026 alloc failure order 9", u"026-alloc-failure-order9-amdgpu-ttm-5.10-no-oom.log"_s, 0,
        causeid::AllocFailure, remedyid::Compaction, {1});
    row("027 alloc failure order 5", u"027-alloc-failure-order5-kdump-dma-pool-5.13-elided.log"_s,
        0, causeid::AllocFailure, remedyid::Compaction, {2});
    // "Free swap  = 0kB" of 899064 kB, zones below min.
    row("028 swap exhausted",
        u"028-x86-32-2.6.24-highmem-swap-exhausted-apache2-email-quoted.log"_s, 0,
        causeid::SwapExhausted, remedyid::Swap, {45, 46}, {causeid::HostExhausted});
    row("030 header only", u"030-centos7-3.10-pdns-recursor-messages-truncated-after-header.log"_s,
        0, causeid::Undetermined, QString(), {});
    row("031 docker limit", u"031-docker-memcg-v1-tomcat-java-lines-joined-truncated.log"_s, 0,
        causeid::MemcgLimit, remedyid::Limits, {1});
    row("032 docker limit", u"032-docker-desktop-macos-hyperkit-log-stream-prefix-memcg-v1.log"_s,
        0, causeid::MemcgLimit, remedyid::Limits, {1});
    row("033 docker limit",
        u"033-memcg-v1-docker-java-messages-starts-midstack-mixed-dockerd-mesos.log"_s, 0,
        causeid::MemcgLimit, remedyid::Limits, {15, 22});
    row("034 own cgroup", u"034-memcg-mem_test-journal-f-blockquote-stat-multiline.log"_s, 0,
        causeid::MemcgLimit, remedyid::Limits, {40});
    row("036 kubevirt pod",
        u"036-sle15sp4-5.14-kubevirt-memcg-v1-kubepods-slice-redacted-host-elided.log"_s, 0,
        causeid::MemcgAncestorLimit, remedyid::Limits, {5});
    row("038 sysrq", u"038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log"_s, 0,
        causeid::SysrqManual, QString(), {2}, {causeid::ShmemTmpfs});
    row("040 order 2 no compaction",
        u"040-embedded-arm-ion-order2-compaction-disabled-annotated.log"_s, 0,
        causeid::Fragmentation, remedyid::Compaction, {3, 7});
    row("042 unit only", u"042-systemd-unit-MemoryMax-stress-systemctl-status-oom-kill.log"_s, 0,
        causeid::Undetermined, QString(), {});
    row("043 unit only", u"043-systemd-unit-status-lines-truncated-by-pager.log"_s, 0,
        causeid::Undetermined, QString(), {});
    row("045 lowmem first",
        u"045-x86-32-2.6-order1-lowmem-slab-heavy-interleaved-multi-truncated.log"_s, 0,
        causeid::Lowmem, QString(), {1}, {causeid::SlabUnreclaimable});
    row("045 lowmem second",
        u"045-x86-32-2.6-order1-lowmem-slab-heavy-interleaved-multi-truncated.log"_s, 1,
        causeid::Lowmem, QString(), {3});
    row("048 no killable",
        u"048-4.19-kdump-kernel-boot-oom-no-killable-slab-unreclaimable-quoted-printable.log"_s, 0,
        causeid::NoKillableTask, QString(), {131}, {causeid::SlabUnreclaimable});
    row("049 kmem", u"049-rhel7-3.10-memcg-v1-kubepods-kmem-dominant-backported-oomkill-line.log"_s,
        0, causeid::KmemLimit, remedyid::Limits, {20, 22, 34});
    row("051 pod limit",
        u"051-loongarch64-4.19-memcg-v1-java-journal-callbacks-suppressed-containerd-TaskOOM.log"_s,
        0, causeid::MemcgAncestorLimit, remedyid::Limits, {29});
    row("054 alloc failure",
        u"054-android-kmsg-lineno-level-alloc-failure-order0-cma-slub-elided.log"_s, 0,
        causeid::AllocFailure, QString(), {1});
    row("055 alloc failure", u"055-ppc64-4.12-rc2-slub-order4-alloc-failure-gcc-email-quoted.log"_s,
        0, causeid::AllocFailure, remedyid::Compaction, {5});
    row("056 real memcg", u"056-kernel-6.18-memcg-v1-real-capture-rss-split-columns.log"_s, 0,
        causeid::MemcgLimit, remedyid::Limits, {30, 80});
}

void TestDiagnosis::primaryCause()
{
    QFETCH(QString, file);
    QFETCH(int, event);
    QFETCH(QString, cause);
    const QList<OomEvent> events = testing::parseWholeFile(testing::reportsDir() + file, file);
    QVERIFY(event < events.size());
    const QList<Cause> causes = diagnose(events.at(event));
    QVERIFY(!causes.isEmpty()); // never an incident without a cause
    QCOMPARE(causes.first().id, cause);
    QTEST(causes.first().remedy, "remedy");
    QFETCH(QList<qint64>, evidence);
    for (qint64 line : evidence)
        QVERIFY2(causes.first().evidence.contains(line),
                 qPrintable(u"line %1 missing"_s.arg(line)));
    QFETCH(QStringList, alsoFound);
    for (const QString &id : alsoFound) {
        QVERIFY2(std::any_of(causes.cbegin(), causes.cend(),
                             [&id](const Cause &c) {
                                 return c.id == id;
                             }),
                 qPrintable(id));
    }
}

void TestDiagnosis::everyCaseHasATranslatableSummary()
{
    for (const QString &file : testing::reportCases()) {
        const QList<OomEvent> events = testing::parseWholeFile(testing::reportsDir() + file, file);
        for (const OomEvent &e : events) {
            const QList<Cause> causes = diagnose(e);
            QVERIFY2(!causes.isEmpty(), qPrintable(file)); // never an incident without a cause
            for (const Cause &c : causes) {
                QVERIFY(!c.summary.isEmpty());
                QVERIFY2(!c.summary.contains(u"%1"_s),
                         qPrintable(c.summary)); // every argument filled
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
