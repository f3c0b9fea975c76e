// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// `oomlens-cli watch --json` against a real memory-cgroup OOM on this machine (README "Use it":
// watch). As tst_realoom does, the test makes a child memory cgroup (v1, or v2 where v1 is absent)
// below its own with a 64 MiB limit and no swap, and starts oomlens-test-allocator in it;
// only that helper is ever in the cgroup, so nothing else can be killed. watch must print
// the incident within 3 s of the helper's death, with the right victim, constraint and
// cgroup, and the cgroup's own files (read with SystemTree, before the cgroup is removed)
// must show the limit, the failed charges and the OOM kill.

#include "sources/system/systemtree.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

constexpr qint64 LimitBytes = 64 * 1024 * 1024;
constexpr qint64 AnnounceWithinMs = 3000;

bool writeFile(const QString &path, const QByteArray &value)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(value) == value.size();
}

// Where this process's memory cgroup is: the mount and the cgroup path within it. The v1
// memory hierarchy ("4:memory:/a/b") or, on a pure v2 system, the unified one ("0::/a/b").
struct OwnCgroup {
    QString mount; // "/sys/fs/cgroup/memory"
    QString path; // "/a/b"
    bool v1 = true;
};

std::optional<OwnCgroup> ownCgroup()
{
    QFile self(u"/proc/self/cgroup"_s);
    if (!self.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = self.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() == 3 && parts.at(1) == "memory"
            && QFile::exists(u"/sys/fs/cgroup/memory"_s))
            return OwnCgroup{u"/sys/fs/cgroup/memory"_s, QString::fromUtf8(parts.at(2)), true};
    }
    for (const QByteArray &line : lines) {
        if (line.startsWith("0::") && QFile::exists(u"/sys/fs/cgroup/cgroup.controllers"_s))
            return OwnCgroup{u"/sys/fs/cgroup"_s, QString::fromUtf8(line.mid(3)), false};
    }
    return std::nullopt;
}

bool swapIsOn()
{
    QFile swaps(u"/proc/swaps"_s);
    return swaps.open(QIODevice::ReadOnly)
        && swaps.readAll().trimmed().count('\n') > 0; // header + devices
}

// Microseconds on CLOCK_MONOTONIC, the clock /dev/kmsg timestamps follow (printk's
// local_clock() runs within a few milliseconds of it on this hardware).
qint64 monotonicUsec()
{
    timespec now = {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

// The kmsg timestamp of the kernel's kill line for `pid`, read from a descriptor opened
// before the OOM; -1 when it is not there.
qint64 killLineUsec(int kmsg, qint64 pid)
{
    const QByteArray needle = "Killed process " + QByteArray::number(pid) + ' ';
    char record[16384];
    for (;;) {
        const ssize_t n = ::read(kmsg, record, sizeof record);
        if (n < 0 && errno == EPIPE)
            continue;
        if (n <= 0)
            return -1;
        const QByteArrayView text(record, n);
        if (!text.contains(needle))
            continue;
        const QList<QByteArray> fields = text.first(text.indexOf(';')).toByteArray().split(',');
        return fields.size() >= 3 ? fields.at(2).toLongLong() : -1;
    }
}

// `oomlens-cli watch` as a child process, killed when the test leaves.
class WatchProcess
{
public:
    ~WatchProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
    // Starts it and returns its standard error up to the first line (the log it follows, or
    // why there is none), or up to its exit; empty when it did not start.
    QByteArray start(const QString &program, const QStringList &arguments)
    {
        process.start(program, arguments);
        if (!process.waitForStarted())
            return {};
        QByteArray text;
        QElapsedTimer startup;
        startup.start();
        while (!text.contains('\n') && process.state() != QProcess::NotRunning
               && startup.elapsed() < 10000) {
            process.waitForReadyRead(100); // stdout is empty until an incident
            text += process.readAllStandardError();
        }
        return text;
    }

    QProcess process;
};

} // namespace

class TestWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsRealMemcgOom();
    void asRegularUser();
};

// A regular user may not read /dev/kmsg (kernel.dmesg_restrict=1), the journal (outside the
// systemd-journal group) or /var/log (outside adm): watch then follows what it can, or
// exits with status 2 saying, for each log, why not. It never waits silently.
void TestWatch::asRegularUser()
{
    if (::geteuid() != 0)
        QSKIP(
            "runs watch as user nobody through setpriv, which needs root: run `ctest -R "
            "tst_watch` as root");
    const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) is not installed: apt-get install util-linux");
    WatchProcess child;
    QProcess &watch = child.process;
    QByteArray stderrText =
        child.start(setpriv,
                    {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                     QStringLiteral(OOMLENS_CLI), u"watch"_s});
    QVERIFY2(watch.error() != QProcess::FailedToStart, qPrintable(watch.errorString()));
    watch.waitForFinished(200);
    stderrText += watch.readAllStandardError();
    if (stderrText.contains("setpriv: failed to execute"))
        QSKIP(
            "the CLI is not executable by nobody here (a private build directory): run the "
            "test from a build tree others may read");
    qInfo("watch as nobody: %s", stderrText.trimmed().constData());
    if (watch.state() == QProcess::Running) {
        QVERIFY2(stderrText.contains("following"), stderrText.constData());
        return;
    }
    QCOMPARE(watch.exitCode(), 2);
    QVERIFY2(stderrText.contains("/dev/kmsg: "), stderrText.constData());
    QVERIFY2(stderrText.contains("journal"), stderrText.constData());
    QVERIFY2(stderrText.contains("/var/log/"), stderrText.constData());
}

void TestWatch::reportsRealMemcgOom()
{
    if (geteuid() != 0)
        QSKIP(
            "needs root to create a memory cgroup and read /dev/kmsg; run the suite as root: "
            "sudo ./scripts/setup.sh test");
    const std::optional<OwnCgroup> own = ownCgroup();
    if (!own)
        QSKIP(
            "no memory cgroup controller is mounted (neither v1 /sys/fs/cgroup/memory nor v2 "
            "/sys/fs/cgroup with cgroup.controllers); mount it: sudo mount -t cgroup -o memory "
            "memory /sys/fs/cgroup/memory (or boot with cgroup_enable=memory)");
    const int kmsg = ::open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (kmsg < 0)
        QSKIP(
            "cannot open /dev/kmsg (no such device in this container, or kernel.dmesg_restrict "
            "without CAP_SYSLOG); run on a host or with: sudo sysctl kernel.dmesg_restrict=0");
    auto closeKmsg = qScopeGuard([kmsg] {
        ::close(kmsg);
    });
    QVERIFY(::lseek(kmsg, 0, SEEK_END) >= 0); // only records from now on

    const QString name = u"oomlens-watch-%1"_s.arg(getpid());
    const QString cgroupPath = (own->path == u"/"_s ? QString() : own->path) + u'/' + name;
    const QString directory = own->mount + cgroupPath;
    if (!QDir().mkpath(directory))
        QSKIP(qPrintable(
            u"cannot create %1 (read-only cgroupfs, or no delegation to this user)"_s.arg(
                directory)));
    auto removeCgroup = qScopeGuard([&directory] {
        QDir().rmdir(directory);
    });
    const QByteArray limit = QByteArray::number(LimitBytes);
    if (own->v1) {
        QVERIFY(writeFile(directory + u"/memory.limit_in_bytes"_s, limit));
        // With swap, a memory+swap limit keeps the helper from swapping for long. It must be
        // above the memory limit: where both are equal the memsw counter refuses the charge
        // first, and since 6.14 only the memory counter counts failures (track_failcnt), so
        // memory.failcnt would stay 0 although the limit was hit.
        if (swapIsOn())
            writeFile(directory + u"/memory.memsw.limit_in_bytes"_s,
                      QByteArray::number(2 * LimitBytes));
    } else {
        // v2 gives a child memory files only where the parent delegates the controller,
        // which a cgroup with processes in it (this test's own) cannot do.
        if (!QFile::exists(directory + u"/memory.max"_s))
            QSKIP(
                qPrintable(u"cgroup v2 does not enable the memory controller below %1 (a cgroup "
                           "holding processes cannot add +memory to cgroup.subtree_control; only "
                           "the root cgroup may); run the test from the root cgroup: sudo sh -c "
                           "'echo $$ > /sys/fs/cgroup/cgroup.procs && ctest -R tst_watch'"_s.arg(
                               own->mount + own->path)));
        QVERIFY(writeFile(directory + u"/memory.max"_s, limit));
        writeFile(directory + u"/memory.swap.max"_s, "0");
    }

    // 1. watch, until it says which log it follows.
    WatchProcess child;
    QProcess &watch = child.process;
    const QByteArray stderrText =
        child.start(QStringLiteral(OOMLENS_CLI), {u"watch"_s, u"--json"_s});
    QVERIFY2(watch.error() != QProcess::FailedToStart, qPrintable(watch.errorString()));
    QVERIFY2(stderrText.contains("following"), stderrText.constData());
    qInfo("watch: %s", stderrText.trimmed().constData());

    // 2. The OOM. Every line watch prints is timed as it arrives.
    QList<std::pair<QByteArray, qint64>> lines; // a JSON line and when it arrived
    QByteArray partial;
    QObject::connect(&watch, &QProcess::readyReadStandardOutput, &watch, [&] {
        const qint64 now = monotonicUsec();
        partial += watch.readAllStandardOutput();
        for (qsizetype nl = partial.indexOf('\n'); nl >= 0; nl = partial.indexOf('\n')) {
            lines.append({partial.left(nl), now});
            partial.remove(0, nl + 1);
        }
    });
    QProcess victim;
    victim.start(QStringLiteral(OOMLENS_TEST_ALLOCATOR), {});
    QVERIFY(victim.waitForStarted());
    const qint64 pid = victim.processId();
    QVERIFY(writeFile(directory + u"/cgroup.procs"_s, QByteArray::number(pid)));
    qint64 deathUsec = -1;
    QObject::connect(&victim, &QProcess::finished, &victim, [&deathUsec] {
        deathUsec = monotonicUsec();
    });
    victim.write("go\n");

    auto eventFor = [&lines, pid]() -> std::optional<std::pair<QJsonObject, qint64>> {
        for (const auto &[line, at] : std::as_const(lines)) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            for (const QJsonValue victimValue : event.value(u"victims"_s).toArray()) {
                if (victimValue.toObject().value(u"pid"_s).toInteger() == pid)
                    return std::pair{event, at};
            }
        }
        return std::nullopt;
    };
    // An event loop rather than polling, so arrival times are exact.
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const bool dead = deathUsec >= 0;
        if ((dead && eventFor()) || (dead && monotonicUsec() - deathUsec > AnnounceWithinMs * 1000))
            loop.quit();
    });
    tick.start(5);
    QTimer::singleShot(20000 + AnnounceWithinMs, &loop, &QEventLoop::quit);
    loop.exec();

    QVERIFY2(deathUsec >= 0, "the allocator was not killed within 20 s");
    QCOMPARE(victim.exitStatus(), QProcess::CrashExit); // SIGKILL from the OOM killer
    const auto found = eventFor();
    QVERIFY2(found,
             qPrintable(u"watch printed no event for pid %1 within %2 ms of its death; "
                        "stdout: %3"_s.arg(pid)
                            .arg(AnnounceWithinMs)
                            .arg(QString::fromUtf8(partial))));
    const auto &[event, arrivedUsec] = *found;
    // Negative when watch printed the event before this process noticed the helper's exit.
    const qint64 afterDeathMs = (arrivedUsec - deathUsec) / 1000;
    QVERIFY2(afterDeathMs <= AnnounceWithinMs, qPrintable(QString::number(afterDeathMs)));
    const qint64 killUsec = killLineUsec(kmsg, pid);
    QVERIFY2(killUsec > 0, "the kernel's kill line for the allocator is not in /dev/kmsg");
    qInfo(
        "latency: kill line -> event printed %.1f ms; helper's death seen -> event printed %+lld "
        "ms",
        double(arrivedUsec - killUsec) / 1000.0, afterDeathMs);

    QCOMPARE(event.value(u"kind"_s).toString(), u"kernel-oom"_s);
    QCOMPARE(event.value(u"constraint"_s).toString(), u"CONSTRAINT_MEMCG"_s);
    const QJsonObject memcg = event.value(u"memcg"_s).toObject();
    QVERIFY2(memcg.value(u"oom"_s).toString().endsWith(u'/' + name),
             qPrintable(memcg.value(u"oom"_s).toString()));
    const QJsonObject killed = event.value(u"victims"_s).toArray().first().toObject();
    QCOMPARE(killed.value(u"pid"_s).toInteger(), pid);
    QVERIFY2(killed.value(u"cgroup"_s).toString().endsWith(u'/' + name),
             qPrintable(killed.value(u"cgroup"_s).toString()));
    QCOMPARE(event.value(u"source"_s).toObject().value(u"path"_s).toString(), u"/dev/kmsg"_s);
    QVERIFY(!event.value(u"causes"_s).toArray().isEmpty()); // diagnosed

    // 3. The cgroup as the cgroup tree shows it, while it still exists.
    SnapshotOptions options;
    options.processes = false;
    options.cgroupStat = false;
    options.pageTypeInfo = false;
    options.settings = false;
    const Snapshot snapshot = SystemTree(Root(u"/"_s)).read(options);
    const Cgroup *cgroup = nullptr;
    for (const Cgroup &candidate : snapshot.cgroups) {
        if (candidate.path == cgroupPath && candidate.hasMemoryController())
            cgroup = &candidate;
    }
    QVERIFY2(cgroup, qPrintable(u"SystemTree did not list %1"_s.arg(cgroupPath)));
    QCOMPARE(cgroup->memoryLimit(), std::optional<MemoryLimit>(MemoryLimit::of(Bytes(LimitBytes))));
    QVERIFY2(cgroup->oomKills().value_or(0) >= 1, "oom_kill is not counted (needs 4.13+)");
    if (own->v1) {
        QVERIFY(cgroup->memory.failcnt.value_or(0) > 0);
    } else {
        QVERIFY(cgroup->events.value(u"max"_s).value_or(0) > 0);
        QVERIFY(cgroup->events.value(u"oom"_s).value_or(0) >= 1);
    }

    // 4. SIGINT ends watch cleanly.
    QCOMPARE(::kill(pid_t(watch.processId()), SIGINT), 0);
    QVERIFY(watch.waitForFinished(5000));
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
