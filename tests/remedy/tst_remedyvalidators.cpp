// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The validators oomlens-helper runs before it asks polkit: what they let through is all a
// hostile caller can reach, so each row is an attack or a boundary.
#include "remedy/validators.h"

#include <QTest>

using namespace Qt::StringLiterals;
using oom::remedy::Validators;

class TestRemedyValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sysctl_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("swappiness 10") << u"vm.swappiness"_s << u"10"_s << true;
        QTest::newRow("swappiness 200 (5.8+ maximum)") << u"vm.swappiness"_s << u"200"_s << true;
        QTest::newRow("swappiness 201") << u"vm.swappiness"_s << u"201"_s << false;
        QTest::newRow("swappiness negative") << u"vm.swappiness"_s << u"-1"_s << false;
        QTest::newRow("panic_on_oom 2") << u"vm.panic_on_oom"_s << u"2"_s << true;
        QTest::newRow("panic_on_oom 3") << u"vm.panic_on_oom"_s << u"3"_s << false;
        QTest::newRow("overcommit_memory 2") << u"vm.overcommit_memory"_s << u"2"_s << true;
        QTest::newRow("value with newline") << u"vm.swappiness"_s << u"10\n"_s << false;
        QTest::newRow("value with space") << u"vm.swappiness"_s << u" 10"_s << false;
        QTest::newRow("shell metacharacters") << u"vm.swappiness"_s << u"10; rm -rf /"_s << false;
        QTest::newRow("hex value") << u"vm.swappiness"_s << u"0x10"_s << false;
        QTest::newRow("overflowing value")
            << u"vm.min_free_kbytes"_s << u"99999999999999999999"_s << false;
        QTest::newRow("min_free_kbytes too low") << u"vm.min_free_kbytes"_s << u"100"_s << false;
        QTest::newRow("key outside the list") << u"kernel.core_pattern"_s << u"1"_s << false;
        QTest::newRow("key with ..") << u"vm/../../kernel/core_pattern"_s << u"1"_s << false;
        QTest::newRow("key as path") << u"vm.swappiness/../drop_caches"_s << u"3"_s << false;
        QTest::newRow("drop_caches is not ours") << u"vm.drop_caches"_s << u"3"_s << false;
        QTest::newRow("empty key") << QString() << u"1"_s << false;
        QTest::newRow("overlong key") << QString(100000, u'a') << u"1"_s << false;
    }
    void sysctl()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const auto problem = Validators::checkSysctl(key, value);
        QCOMPARE(!problem.has_value(), valid);
        if (problem)
            QVERIFY2(problem->size() < 300, "a refusal quotes the value cut short");
    }

    void sysctlPath()
    {
        QCOMPARE(Validators::sysctlPath(u"vm.swappiness"_s), u"proc/sys/vm/swappiness"_s);
        QVERIFY(Validators::isKernelPolicySysctl(u"vm.panic_on_oom"_s));
        QVERIFY(!Validators::isKernelPolicySysctl(u"vm.swappiness"_s));
    }

    void unitName_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("valid");
        QTest::newRow("service") << u"nginx.service"_s << true;
        QTest::newRow("template instance") << u"getty@tty1.service"_s << true;
        QTest::newRow("escaped slice") << u"system-postgresql\\x2d15.slice"_s << true;
        QTest::newRow("scope") << u"session-3.scope"_s << true;
        QTest::newRow("socket is not ours") << u"sshd.socket"_s << false;
        QTest::newRow("no suffix") << u"nginx"_s << false;
        QTest::newRow("path traversal") << u"../../etc/passwd.service"_s << false;
        QTest::newRow("slash") << u"a/b.service"_s << false;
        QTest::newRow("two @") << u"a@b@c.service"_s << false;
        QTest::newRow("leading @") << u"@x.service"_s << false;
        QTest::newRow("shell metacharacters") << u"a;reboot.service"_s << false;
        QTest::newRow("space") << u"a b.service"_s << false;
        QTest::newRow("newline") << u"a\n.service"_s << false;
        QTest::newRow("256 characters") << (QString(248, u'a') + u".service"_s) << false;
        QTest::newRow("255 characters") << (QString(247, u'a') + u".service"_s) << true;
    }
    void unitName()
    {
        QFETCH(QString, unit);
        QFETCH(bool, valid);
        QCOMPARE(!Validators::checkUnitName(unit).has_value(), valid);
    }

    void dropIn_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("OOMScoreAdjust -500")
            << u"db.service"_s << u"OOMScoreAdjust"_s << u"-500"_s << true;
        QTest::newRow("OOMScoreAdjust -1001")
            << u"db.service"_s << u"OOMScoreAdjust"_s << u"-1001"_s << false;
        QTest::newRow("OOMPolicy continue")
            << u"db.service"_s << u"OOMPolicy"_s << u"continue"_s << true;
        QTest::newRow("OOMPolicy injected section")
            << u"db.service"_s << u"OOMPolicy"_s << u"continue\nExecStartPre=/bin/sh"_s << false;
        QTest::newRow("ExecStart is never written")
            << u"db.service"_s << u"ExecStart"_s << u"/bin/sh"_s << false;
        QTest::newRow("slice cannot take OOMPolicy")
            << u"a.slice"_s << u"OOMPolicy"_s << u"kill"_s << false;
    }
    void dropIn()
    {
        QFETCH(QString, unit);
        QFETCH(QString, setting);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(!Validators::checkDropInSetting(unit, setting, value).has_value(), valid);
    }

    void unitProperty_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("MemoryMax bytes") << u"MemoryMax"_s << u"1073741824"_s << true;
        QTest::newRow("MemoryHigh infinity") << u"MemoryHigh"_s << u"infinity"_s << true;
        QTest::newRow("MemoryMax with unit suffix") << u"MemoryMax"_s << u"1G"_s << false;
        QTest::newRow("AllowedMemoryNodes") << u"AllowedMemoryNodes"_s << u"0-1,3"_s << true;
        QTest::newRow("ManagedOOMSwap kill") << u"ManagedOOMSwap"_s << u"kill"_s << true;
        QTest::newRow("ManagedOOMSwap bogus") << u"ManagedOOMSwap"_s << u"yes"_s << false;
        QTest::newRow("ExecStart") << u"ExecStart"_s << u"/bin/sh"_s << false;
    }
    void unitProperty()
    {
        QFETCH(QString, property);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(!Validators::checkUnitProperty(property, value).has_value(), valid);
    }

    void cgroupPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::newRow("service") << u"/system.slice/nginx.service"_s << true;
        QTest::newRow("escaped name")
            << u"/system.slice/system-getty.slice/getty@tty1.service"_s << true;
        QTest::newRow("k8s pod")
            << u"/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod1234.slice"_s
            << true;
        QTest::newRow("root") << u"/"_s << false;
        QTest::newRow("relative") << u"system.slice"_s << false;
        QTest::newRow("dot dot") << u"/system.slice/../../etc"_s << false;
        QTest::newRow("trailing dot dot") << u"/a/.."_s << false;
        QTest::newRow("dot") << u"/a/./b"_s << false;
        QTest::newRow("double slash") << u"/a//b"_s << false;
        QTest::newRow("trailing slash") << u"/a/"_s << false;
        QTest::newRow("newline") << u"/a\nb"_s << false;
        QTest::newRow("NUL") << (u"/a"_s + QChar(0) + u"b"_s) << false;
        QTest::newRow("overlong component") << (u"/"_s + QString(256, u'x')) << false;
        QTest::newRow("overlong path") << QString(u"/aaaaaaa"_s).repeated(600) << false;
    }
    void cgroupPath()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QCOMPARE(!Validators::checkCgroupPath(path).has_value(), valid);
    }

    void limitValue_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("v2 max") << u"memory.max"_s << u"max"_s << true;
        QTest::newRow("v2 bytes") << u"memory.high"_s << u"536870912"_s << true;
        QTest::newRow("v2 -1 is v1's word") << u"memory.max"_s << u"-1"_s << false;
        QTest::newRow("v1 -1") << u"memory.limit_in_bytes"_s << u"-1"_s << true;
        QTest::newRow("below a page") << u"memory.max"_s << u"100"_s << false;
        QTest::newRow("suffix") << u"memory.max"_s << u"1G"_s << false;
        QTest::newRow("other file") << u"cgroup.procs"_s << u"1"_s << false;
        QTest::newRow("file with path") << u"../memory.max"_s << u"max"_s << false;
    }
    void limitValue()
    {
        QFETCH(QString, file);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(!Validators::checkLimitValue(file, value).has_value(), valid);
    }

    void nodes_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one node") << u"0"_s << true;
        QTest::newRow("range") << u"0-1"_s << true;
        QTest::newRow("absent node") << u"0-2"_s << false;
        QTest::newRow("reversed range") << u"1-0"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << u"0, 1"_s << false;
        QTest::newRow("negative") << u"-1"_s << false;
    }
    void nodes()
    {
        QFETCH(QString, list);
        QFETCH(bool, valid);
        QCOMPARE(!Validators::checkNodeList(list, {0, 1}).has_value(), valid);
    }

    void nodeMask()
    {
        QCOMPARE(Validators::nodeMask({0, 1, 3}), QByteArray("\x0b", 1));
        QCOMPARE(Validators::nodeMask({9}), QByteArray("\x00\x02", 2));
    }

    void pidAndStartTime()
    {
        QVERIFY(!Validators::checkPid(1234, 5678));
        QVERIFY(Validators::checkPid(0, 1));
        QVERIFY(Validators::checkPid(-5, 1));
        QVERIFY(Validators::checkPid(4194305, 1));
        QVERIFY2(Validators::checkPid(1234, -1),
                 "an unknown start time cannot guard against reuse");
        QVERIFY(Validators::checkOomScoreAdj(1001));
        QVERIFY(!Validators::checkOomScoreAdj(-1000));
    }

    void startTimeFromStat_data()
    {
        QTest::addColumn<QByteArray>("stat");
        QTest::addColumn<qint64>("ticks");
        QTest::newRow("plain") << QByteArray(
            "42 (bash) S 1 42 42 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 98765 1000 10")
                               << qint64(98765);
        QTest::newRow("comm with ') ' and spaces") << QByteArray(
            "42 (a) b (c) S 1 42 42 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 555 1000 10")
                                                   << qint64(555);
        QTest::newRow("truncated") << QByteArray("42 (bash) S 1 42") << qint64(-1);
    }
    void startTimeFromStat()
    {
        QFETCH(QByteArray, stat);
        QFETCH(qint64, ticks);
        QCOMPARE(Validators::startTimeFromStat(stat).value_or(-1), ticks);
    }

    void swap_data()
    {
        QTest::addColumn<QString>("mountPoint");
        QTest::addColumn<QString>("fsType");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ext4 root") << u"/"_s << u"ext4"_s << true;
        QTest::newRow("btrfs") << u"/var"_s << u"btrfs"_s << true;
        QTest::newRow("tmpfs") << u"/tmp"_s << u"tmpfs"_s << false;
        QTest::newRow("nfs") << u"/home"_s << u"nfs4"_s << false;
        QTest::newRow("fuse") << u"/mnt/x"_s << u"fuse.sshfs"_s << false;
        QTest::newRow("overlay") << u"/"_s << u"overlay"_s << false;
        QTest::newRow("mount point with ..") << u"/var/../etc"_s << u"ext4"_s << false;
    }
    void swap()
    {
        QFETCH(QString, mountPoint);
        QFETCH(QString, fsType);
        QFETCH(bool, valid);
        QCOMPARE(!Validators::checkSwapFilesystem(mountPoint, fsType).has_value(), valid);
    }

    void swapSize()
    {
        QVERIFY(!Validators::checkSwapSize(qint64(2) << 30));
        QVERIFY(Validators::checkSwapSize(1024)); // too small
        QVERIFY(Validators::checkSwapSize((qint64(1) << 30) + 1)); // not whole MiB
        QVERIFY(Validators::checkSwapSize(qint64(2) << 40)); // over 1 TiB
        QVERIFY(Validators::checkSwapPriority(40000));
        QCOMPARE(Validators::swapFilePath(u"/"_s), u"/oomlens.swap"_s);
        QCOMPARE(Validators::swapFilePath(u"/var"_s), u"/var/oomlens.swap"_s);
    }
};

QTEST_GUILESS_MAIN(TestRemedyValidators)
#include "tst_remedyvalidators.moc"
