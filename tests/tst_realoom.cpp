// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// A real memory-cgroup OOM on this machine, parsed from the kernel's own /dev/kmsg records.
// The test makes a child memory cgroup (v1, or v2 where v1 is absent) below its own, with a
// 64 MiB limit and no swap, starts oomlens-test-allocator in it, and lets the kernel kill
// it. Only that helper process is ever in the cgroup, so nothing else can be killed.

#include "core/parse/pipeline/logparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

constexpr qint64 LimitBytes = 64 * 1024 * 1024;

bool writeFile(const QString &path, const QByteArray &value)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(value) == value.size();
}

// This process's cgroup in the v1 memory hierarchy ("4:memory:/a/b") or, on a pure v2
// system, the unified one ("0::/a/b").
QString ownCgroupDirectory()
{
    QFile self(u"/proc/self/cgroup"_s);
    if (!self.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = self.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() == 3 && parts.at(1) == "memory"
            && QFile::exists(u"/sys/fs/cgroup/memory"_s))
            return u"/sys/fs/cgroup/memory"_s + QString::fromUtf8(parts.at(2));
    }
    for (const QByteArray &line : lines) {
        if (line.startsWith("0::") && QFile::exists(u"/sys/fs/cgroup/cgroup.controllers"_s))
            return u"/sys/fs/cgroup"_s + QString::fromUtf8(line.mid(3));
    }
    return {};
}

} // namespace

class TestRealOom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memcgOomFromKmsg();
};

void TestRealOom::memcgOomFromKmsg()
{
    if (geteuid() != 0)
        QSKIP(
            "needs root to create a memory cgroup and read /dev/kmsg; run the suite as root: "
            "sudo ./scripts/setup.sh test");
    const QString parent = ownCgroupDirectory();
    if (parent.isEmpty())
        QSKIP("no memory cgroup controller is mounted (v1 /sys/fs/cgroup/memory or v2)");
    const bool v1 = parent.startsWith(u"/sys/fs/cgroup/memory"_s);
    const QString name = u"oomlens-test-%1"_s.arg(getpid());
    const QString cgroup = parent + u'/' + name;
    if (!QDir().mkpath(cgroup))
        QSKIP(qPrintable(
            u"cannot create %1 (read-only cgroupfs or delegation missing)"_s.arg(cgroup)));
    auto cleanup = qScopeGuard([&cgroup] {
        QDir().rmdir(cgroup);
    });
    const QByteArray limit = QByteArray::number(LimitBytes);
    if (v1) {
        QVERIFY(writeFile(cgroup + u"/memory.limit_in_bytes"_s, limit));
        writeFile(cgroup + u"/memory.memsw.limit_in_bytes"_s,
                  limit); // absent without swap accounting
    } else {
        QVERIFY(writeFile(cgroup + u"/memory.max"_s, limit));
        writeFile(cgroup + u"/memory.swap.max"_s, "0");
    }

    const int kmsg = ::open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (kmsg < 0)
        QSKIP("cannot open /dev/kmsg (dmesg_restrict or no such device)");
    auto closeKmsg = qScopeGuard([kmsg] {
        ::close(kmsg);
    });
    QCOMPARE(::lseek(kmsg, 0, SEEK_END), 0); // only records from now on

    QProcess victim;
    victim.start(QStringLiteral(OOMLENS_TEST_ALLOCATOR), {});
    QVERIFY(victim.waitForStarted());
    const qint64 pid = victim.processId();
    QVERIFY(writeFile(cgroup + u"/cgroup.procs"_s, QByteArray::number(pid)));
    victim.write("go\n");
    QVERIFY2(victim.waitForFinished(20000), "the allocator was not killed within 20 s");
    QCOMPARE(victim.exitStatus(), QProcess::CrashExit); // SIGKILL from the OOM killer

    // /dev/kmsg hands out one record per read(): "prio,seq,usec,flags;text".
    LogParser parser(u"/dev/kmsg"_s);
    QList<OomEvent> events;
    qint64 line = 0;
    QElapsedTimer clock;
    clock.start();
    bool sawKill = false;
    while (!sawKill && clock.elapsed() < 5000) {
        char record[8192];
        const ssize_t n = ::read(kmsg, record, sizeof record);
        if (n < 0) {
            if (errno == EAGAIN)
                QTest::qWait(50);
            else if (errno != EPIPE) // EPIPE: records were overwritten; go on
                break;
            continue;
        }
        QByteArrayView text(record, n);
        if (text.endsWith('\n'))
            text.chop(1);
        parser.addLine(text, ++line);
        sawKill = text.contains(QByteArray("Killed process " + QByteArray::number(pid)));
    }
    parser.finish();
    events = parser.takeEvents();
    QVERIFY2(sawKill, "the kernel's kill line did not appear in /dev/kmsg");

    const OomEvent *oom = nullptr;
    for (const OomEvent &event : std::as_const(events)) {
        for (const Victim &v : event.victims) {
            if (v.pid == pid)
                oom = &event;
        }
    }
    QVERIFY(oom);
    QCOMPARE(oom->kind, EventKind::KernelOom);
    QCOMPARE(oom->constraint, std::optional<QString>(u"CONSTRAINT_MEMCG"_s));
    QVERIFY2(oom->memcg.oomCgroup.endsWith(u'/' + name), qPrintable(oom->memcg.oomCgroup));
    QCOMPARE(oom->memcg.memory.limitKb, bytesToKiB(Bytes(LimitBytes)));
    QCOMPARE(oom->trigger.path, OomPath::Memcg);
    QCOMPARE(oom->victims.first().comm, u"oomlens-test-al"_s); // comm is cut at 15 chars
    QVERIFY(valueOf(oom->victims.first().anonRssKb).value_or(0) > 32 * 1024);
    QVERIFY(!oom->tasks.isEmpty());
    QVERIFY(oom->uptimeSeconds.has_value());
}

QTEST_GUILESS_MAIN(TestRealOom)
#include "tst_realoom.moc"
