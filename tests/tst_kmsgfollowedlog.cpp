// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The real /dev/kmsg: without history the follower starts after the newest record, a new
// record wakes its poll() and comes out as one engine line (header kept, dictionary
// dropped), and a burst ends at EAGAIN; with history it reads the ring buffer from its
// oldest record. The test writes its own marker record to /dev/kmsg (as root may); it
// shows in dmesg as "oomlens-test: ...".

#include "sources/follow/kmsgfollowedlog.h"
#include "sources/input/linesink.h"

#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

class Recorder : public LineSink
{
public:
    void addLine(QByteArrayView line, qint64) override { lines.append(line.toByteArray()); }
    void addGap() override { ++gaps; }
    QList<QByteArray> lines;
    int gaps = 0;
};

} // namespace

class TestKmsgFollowedLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followsNewRecords();
    void readsTheRingBufferWithHistory();
    void refusesAMissingDevice();
};

void TestKmsgFollowedLog::initTestCase()
{
    const int fd = ::open("/dev/kmsg", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        QSKIP(
            "needs to read and write /dev/kmsg (root, and a host rather than a container without "
            "the device); run the suite as root: sudo ./scripts/setup.sh test");
    ::close(fd);
}

void TestKmsgFollowedLog::followsNewRecords()
{
    int errnum = 0;
    auto log = KmsgFollowedLog::open(u"/dev/kmsg"_s, false, &errnum);
    QVERIFY2(log, strerror(errnum));
    const PollRequest request = log->pollRequest();
    QVERIFY(request.fd >= 0);
    Recorder sink;
    // Nothing older than the follower; another process may log meanwhile, so look for ours.
    log->readAvailable(sink);

    // With its newline: a record without one stays open for pr_cont() (5.10+) and cannot
    // be read until the next record finalizes it.
    const QByteArray marker =
        "oomlens-test: kmsg follower " + QByteArray::number(getpid()) + " tab\there\n";
    const int writer = ::open("/dev/kmsg", O_WRONLY | O_CLOEXEC);
    QVERIFY(writer >= 0);
    QCOMPARE(::write(writer, marker.constData(), size_t(marker.size())), ssize_t(marker.size()));
    ::close(writer);

    pollfd fd = {request.fd, request.events, 0};
    QCOMPARE(::poll(&fd, 1, 2000), 1);
    const FollowRead read = log->readAvailable(sink);
    QVERIFY(!read.failed);
    QVERIFY(!read.more); // the burst ended at EAGAIN
    QVERIFY(read.lines >= 1);
    // printk escapes the tab; the engine decodes it (LineFramer).
    const QByteArray expected =
        "oomlens-test: kmsg follower " + QByteArray::number(getpid()) + " tab\\x09here";
    bool found = false;
    for (const QByteArray &line : std::as_const(sink.lines)) {
        found = found || (line.endsWith(QByteArray(";" + expected)) && line.contains(",-;"));
        QVERIFY2(!line.contains('\n'), line.constData());
    }
    QVERIFY2(found, sink.lines.isEmpty() ? "no line" : sink.lines.last().constData());
}

void TestKmsgFollowedLog::readsTheRingBufferWithHistory()
{
    auto log = KmsgFollowedLog::open(u"/dev/kmsg"_s, true, nullptr);
    QVERIFY(log);
    Recorder sink;
    qint64 lines = 0;
    for (FollowRead read = log->readAvailable(sink);; read = log->readAvailable(sink)) {
        QVERIFY(!read.failed);
        lines += read.lines;
        if (!read.more)
            break;
    }
    QVERIFY(lines > 0); // at least the marker of followsNewRecords()
    QCOMPARE(qint64(sink.lines.size()), lines);
}

void TestKmsgFollowedLog::refusesAMissingDevice()
{
    int errnum = 0;
    QVERIFY(!KmsgFollowedLog::open(u"/nonexistent/kmsg"_s, false, &errnum));
    QCOMPARE(errnum, ENOENT);
}

QTEST_GUILESS_MAIN(TestKmsgFollowedLog)
#include "tst_kmsgfollowedlog.moc"
