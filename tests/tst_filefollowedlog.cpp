// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Following a syslog file the way rsyslog and logrotate treat /var/log/kern.log: lines
// appended in pieces, rotation by rename and create (logrotate's default), rotation by
// copytruncate, and inotify waking the follower. Real files in a temporary directory.

#include "sources/follow/filefollowedlog.h"
#include "sources/input/linesink.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <poll.h>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

class Recorder : public LineSink
{
public:
    void addLine(QByteArrayView line, qint64 lineNumber) override
    {
        lines.append(line.toByteArray());
        numbers.append(lineNumber);
    }
    void addGap() override { lines.append("<gap>"); }

    QList<QByteArray> lines;
    QList<qint64> numbers;
};

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::Append) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestFileFollowedLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void followsFromTheEnd();
    void readsHistoryWhenAsked();
    void skipsTheLineItStartsIn();
    void followsRotationByRename();
    void followsCopytruncate();
    void wakesOnAppend();
    void refusesWhatIsNotAFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestFileFollowedLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"kern.log"_s);
}

void TestFileFollowedLog::followsFromTheEnd()
{
    append(m_path, "Jan  2 03:04:05 node7 kernel: old line\n");
    int errnum = 0;
    auto log = FileFollowedLog::open(m_path, false, &errnum);
    QVERIFY(log);
    Recorder sink;
    QCOMPARE(log->readAvailable(sink).lines, 0);
    // rsyslog may write a line in two pieces; the piece without its newline waits.
    append(m_path, "new 1\nnew 2\npart");
    FollowRead read = log->readAvailable(sink);
    QCOMPARE(read.lines, 2);
    QVERIFY(!read.failed);
    QVERIFY(!read.more);
    append(m_path, "ial\n");
    log->readAvailable(sink);
    QCOMPARE(sink.lines, (QList<QByteArray>{"new 1", "new 2", "partial"}));
    QCOMPARE(sink.numbers, (QList<qint64>{1, 2, 3}));
    QCOMPARE(log->displayPath(), m_path);
}

void TestFileFollowedLog::readsHistoryWhenAsked()
{
    append(m_path, "one\r\ntwo\n");
    auto log = FileFollowedLog::open(m_path, true, nullptr);
    QVERIFY(log);
    Recorder sink;
    log->readAvailable(sink);
    QCOMPARE(sink.lines, (QList<QByteArray>{"one", "two"}));
}

void TestFileFollowedLog::skipsTheLineItStartsIn()
{
    // Started while rsyslog was mid-line: the rest of that line is not a line of its own.
    append(m_path, "complete\nhalf");
    auto log = FileFollowedLog::open(m_path, false, nullptr);
    QVERIFY(log);
    append(m_path, " of it\nnext\n");
    Recorder sink;
    log->readAvailable(sink);
    QCOMPARE(sink.lines, QList<QByteArray>{"next"});
}

void TestFileFollowedLog::followsRotationByRename()
{
    append(m_path, "before\n");
    auto log = FileFollowedLog::open(m_path, false, nullptr);
    QVERIFY(log);
    Recorder sink;
    append(m_path, "a\n");
    log->readAvailable(sink);
    // logrotate renames the file; rsyslog writes to the old one until it is told (HUP),
    // then creates the new one.
    QVERIFY(QFile::rename(m_path, m_path + u".1"_s));
    append(m_path + u".1"_s, "b\n");
    FollowRead read = log->readAvailable(sink); // the name is gone for now: keep the old file
    QCOMPARE(read.lines, 1);
    QVERIFY(read.notices.isEmpty());
    append(m_path, "c\n");
    read = log->readAvailable(sink);
    QCOMPARE(sink.lines, (QList<QByteArray>{"a", "b", "c"}));
    QCOMPARE(sink.numbers, (QList<qint64>{1, 2, 3}));
    QCOMPARE(read.notices, QStringList{m_path + u" was rotated; following the new file"_s});
    append(m_path, "d\n");
    log->readAvailable(sink);
    QCOMPARE(sink.lines.last(), QByteArray("d"));
}

void TestFileFollowedLog::followsCopytruncate()
{
    append(m_path, "a long line before the rotation\n");
    auto log = FileFollowedLog::open(m_path, true, nullptr);
    QVERIFY(log);
    Recorder sink;
    log->readAvailable(sink);
    // logrotate's copytruncate: the same file, emptied, then written from the start.
    QFile file(m_path);
    QVERIFY(file.resize(0));
    append(m_path, "after\n");
    const FollowRead read = log->readAvailable(sink);
    QCOMPARE(sink.lines, (QList<QByteArray>{"a long line before the rotation", "<gap>", "after"}));
    QCOMPARE(read.notices.size(), 1);
    QVERIFY(read.notices.first().contains(u"truncated"_s));
}

void TestFileFollowedLog::wakesOnAppend()
{
    append(m_path, "x\n");
    auto log = FileFollowedLog::open(m_path, false, nullptr);
    QVERIFY(log);
    const PollRequest request = log->pollRequest();
    QVERIFY2(request.fd >= 0, "no inotify descriptor: the follower would only poll every second");
    QCOMPARE(request.timeoutMs, 1000);
    pollfd fd = {request.fd, request.events, 0};
    QCOMPARE(::poll(&fd, 1, 0), 0); // nothing happened yet
    append(m_path, "y\n");
    QCOMPARE(::poll(&fd, 1, 2000), 1);
    Recorder sink;
    log->readAvailable(sink);
    QCOMPARE(sink.lines, QList<QByteArray>{"y"});
    QCOMPARE(::poll(&fd, 1, 0), 0); // the events were consumed
}

void TestFileFollowedLog::refusesWhatIsNotAFile()
{
    int errnum = 0;
    QVERIFY(!FileFollowedLog::open(m_dir->filePath(u"missing.log"_s), false, &errnum));
    QCOMPARE(errnum, ENOENT);
    QVERIFY(!FileFollowedLog::open(m_dir->path(), false, &errnum));
    QCOMPARE(errnum, EISDIR);
}

QTEST_GUILESS_MAIN(TestFileFollowedLog)
#include "tst_filefollowedlog.moc"
