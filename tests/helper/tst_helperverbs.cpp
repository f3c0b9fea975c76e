// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The helper's verbs and file operations on a temporary root (the test build's --root):
// atomic, backed-up edits with owned lines, idempotent re-runs, exact rollbacks, and the
// refusals that protect against symlinks and reused pids. No D-Bus and no polkit here:
// tst_helperpolkit drives the same verbs through the real daemons.
#include "helper/changejournal.h"
#include "helper/fileops.h"
#include "helper/verbs.h"

#include <QDBusConnection>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom::helper;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(path.section(u'/', 0, -2));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<absent>");
}

} // namespace

class TestHelperVerbs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString at(const QString &relative) const { return m_root.path() + u'/' + relative; }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_root.isValid());
        QDir(m_root.path()).removeRecursively();
        QDir().mkpath(m_root.path());
        writeFile(at(u"proc/sys/vm/swappiness"_s), "60\n");
        writeFile(at(u"proc/sys/vm/compact_memory"_s), "");
        writeFile(at(u"sys/fs/cgroup/cgroup.controllers"_s), "cpuset memory\n");
        writeFile(at(u"sys/fs/cgroup/system.slice/web.service/memory.max"_s), "max\n");
        writeFile(at(u"sys/fs/cgroup/system.slice/web.service/cpuset.mems"_s), "\n");
        writeFile(at(u"etc/fstab"_s), "UUID=1234 / ext4 defaults 0 1\n");
        writeFile(
            at(u"proc/4242/stat"_s),
            "4242 (post gres) S 1 4242 4242 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 98765 1000 10\n");
        writeFile(at(u"proc/4242/oom_score_adj"_s), "0\n");
        QDir().mkpath(at(u"sys/devices/system/node/node0"_s));
        QDir().mkpath(at(u"etc/systemd/system"_s));
        QDir().mkpath(at(u"etc/sysctl.d"_s));
    }

    void sysctlRuntimeAndPersistentWithRollback()
    {
        const FileOps files(m_root.path());
        const Verbs verbs(files, QDBusConnection(u"none"_s));
        const VerbResult result = verbs.setSysctl(u"vm.swappiness"_s, u"10"_s, true);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(at(u"proc/sys/vm/swappiness"_s)), QByteArray("10"));
        QCOMPARE(readFile(at(u"etc/sysctl.d/90-oomlens.conf"_s)),
                 QByteArray("# oomlens: vm.swappiness\nvm.swappiness = 10\n"));
        // A repeated apply changes nothing: same value, same file, no new backup.
        const VerbResult again = verbs.setSysctl(u"vm.swappiness"_s, u"10"_s, true);
        QVERIFY(again.ok);
        QVERIFY(!again.changed);
        QVERIFY(again.rollback.isEmpty());
        QCOMPARE(readFile(at(u"etc/sysctl.d/90-oomlens.conf"_s)),
                 QByteArray("# oomlens: vm.swappiness\nvm.swappiness = 10\n"));
        QVERIFY(verbs.undo(result.rollback).ok);
        QCOMPARE(readFile(at(u"proc/sys/vm/swappiness"_s)), QByteArray("60"));
        QCOMPARE(readFile(at(u"etc/sysctl.d/90-oomlens.conf"_s)), QByteArray());
    }

    void fstabKeepsForeignLinesAndABackup()
    {
        const FileOps files(m_root.path());
        const Verbs verbs(files, QDBusConnection(u"none"_s));
        writeFile(at(u"proc/self/mountinfo"_s), "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n");
        const VerbResult result = verbs.createSwapFile(u"/"_s, 64 * 1024 * 1024, 5, true);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(QFile::exists(at(u"oomlens.swap"_s)));
        QCOMPARE(QFile(at(u"oomlens.swap"_s)).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        QCOMPARE(readFile(at(u"etc/fstab"_s)),
                 QByteArray("UUID=1234 / ext4 defaults 0 1\n# oomlens: swap /oomlens.swap\n"
                            "/oomlens.swap none swap sw,pri=5 0 0\n"));
        QCOMPARE(readFile(at(u"etc/fstab.oomlens-backup"_s)),
                 QByteArray("UUID=1234 / ext4 defaults 0 1\n"));
        QCOMPARE(readFile(at(u"run/swapon.log"_s)), QByteArray("swapon oomlens.swap 5\n"));
        // The file exists: a second create is refused (O_EXCL), nothing else changes.
        QVERIFY(!verbs.createSwapFile(u"/"_s, 64 * 1024 * 1024, 5, true).ok);
        QVERIFY(verbs.undo(result.rollback).ok);
        QVERIFY(!QFile::exists(at(u"oomlens.swap"_s)));
        QCOMPARE(readFile(at(u"etc/fstab"_s)), QByteArray("UUID=1234 / ext4 defaults 0 1\n"));
    }

    void cgroupLimitAndSymlinkRefusal()
    {
        const FileOps files(m_root.path());
        const Verbs verbs(files, QDBusConnection(u"none"_s));
        const VerbResult result =
            verbs.setCgroupLimit(u"/system.slice/web.service"_s, u"memory.max"_s, u"1073741824"_s);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(at(u"sys/fs/cgroup/system.slice/web.service/memory.max"_s)),
                 QByteArray("1073741824"));
        QVERIFY(verbs.undo(result.rollback).ok);
        QCOMPARE(readFile(at(u"sys/fs/cgroup/system.slice/web.service/memory.max"_s)),
                 QByteArray("max"));

        // A symlinked cgroup directory pointing outside the hierarchy is not followed.
        writeFile(at(u"etc/victim/memory.max"_s), "untouched");
        QVERIFY(QFile::link(at(u"etc/victim"_s), at(u"sys/fs/cgroup/system.slice/evil.service"_s)));
        const VerbResult evil =
            verbs.setCgroupLimit(u"/system.slice/evil.service"_s, u"memory.max"_s, u"4096"_s);
        QVERIFY(!evil.ok);
        QCOMPARE(readFile(at(u"etc/victim/memory.max"_s)), QByteArray("untouched"));
        // Nor a symlinked file.
        QVERIFY(QFile::link(at(u"etc/victim/memory.max"_s),
                            at(u"sys/fs/cgroup/system.slice/web.service/memory.high"_s)));
        QVERIFY(
            !verbs.setCgroupLimit(u"/system.slice/web.service"_s, u"memory.high"_s, u"4096"_s).ok);
        QCOMPARE(readFile(at(u"etc/victim/memory.max"_s)), QByteArray("untouched"));
    }

    void cpusetMemsRestoresTheParentsValue()
    {
        const FileOps files(m_root.path());
        const Verbs verbs(files, QDBusConnection(u"none"_s));
        const VerbResult result = verbs.setCpusetMems(u"/system.slice/web.service"_s, u"0"_s);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(at(u"sys/fs/cgroup/system.slice/web.service/cpuset.mems"_s)),
                 QByteArray("0"));
        QVERIFY(verbs.undo(result.rollback).ok);
        QCOMPARE(readFile(at(u"sys/fs/cgroup/system.slice/web.service/cpuset.mems"_s)),
                 QByteArray("\n"));
    }

    void oomScoreAdjGuardsAgainstPidReuse()
    {
        const FileOps files(m_root.path());
        const Verbs verbs(files, QDBusConnection(u"none"_s));
        const VerbResult reused = verbs.setOomScoreAdj(4242, 11111, -500); // another start time
        QVERIFY(!reused.ok);
        QVERIFY(reused.error.contains(u"reused"_s));
        QCOMPARE(readFile(at(u"proc/4242/oom_score_adj"_s)), QByteArray("0\n"));
        const VerbResult result = verbs.setOomScoreAdj(4242, 98765, -500);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(at(u"proc/4242/oom_score_adj"_s)), QByteArray("-500"));
        // The process exits and its pid is reused before the undo: the undo refuses.
        writeFile(
            at(u"proc/4242/stat"_s),
            "4242 (other) S 1 4242 4242 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 222222 1000 10\n");
        QVERIFY(!verbs.undo(result.rollback).ok);
        QCOMPARE(readFile(at(u"proc/4242/oom_score_adj"_s)), QByteArray("-500"));
    }

    void unitDropInIsWholeOrAbsent()
    {
        const FileOps files(m_root.path());
        const Verbs verbs(files, QDBusConnection(u"none"_s));
        const VerbResult result =
            verbs.writeUnitDropIn(u"db.service"_s, u"OOMPolicy"_s, u"continue"_s);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString path = at(u"etc/systemd/system/db.service.d/50-oomlens-oompolicy.conf"_s);
        QVERIFY(readFile(path).endsWith("[Service]\nOOMPolicy=continue\n"));
        QVERIFY2(result.summary.contains(u"not reloaded"_s), "no systemd here: said, not hidden");
        QVERIFY(!verbs.writeUnitDropIn(u"db.service"_s, u"OOMPolicy"_s, u"continue"_s).changed);
        const QStringList leftovers =
            QDir(at(u"etc/systemd/system/db.service.d"_s)).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(leftovers, QStringList{u"50-oomlens-oompolicy.conf"_s}); // no temporary file left
        QVERIFY(verbs.undo(result.rollback).ok);
        QVERIFY(!QFile::exists(path));
    }

    void journalRecordsAndMarksUndone()
    {
        const FileOps files(m_root.path());
        ChangeJournal journal(files);
        ChangeEntry entry;
        entry.verb = u"SetSysctl"_s;
        entry.summary = u"vm.swappiness 60 -> 10"_s;
        QString error;
        QCOMPARE(journal.record(entry, &error), 1);
        QCOMPARE(journal.record(entry, &error), 2);
        QVERIFY(journal.markUndone(1, &error));
        QCOMPARE(journal.entry(1)->state, u"undone"_s);
        QCOMPARE(journal.entry(2)->state, u"applied"_s);
        QCOMPARE(QFile(at(u"var/lib/oomlens-helper/changes.json"_s)).permissions()
                     & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void compactionWritesOne()
    {
        const FileOps files(m_root.path());
        const Verbs verbs(files, QDBusConnection(u"none"_s));
        const VerbResult result = verbs.compactMemory(-1);
        QVERIFY(result.ok);
        QVERIFY(result.rollback.isEmpty());
        QCOMPARE(readFile(at(u"proc/sys/vm/compact_memory"_s)), QByteArray("1"));
        QVERIFY(!verbs.compactMemory(3).ok); // no node3/compact
        QCOMPARE(verbs.existingNodes(), QList<int>{0});
    }
};

QTEST_GUILESS_MAIN(TestHelperVerbs)
#include "tst_helperverbs.moc"
