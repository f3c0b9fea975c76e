// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Following a journal through libsystemd: entries appended after the follower started
// wake its poll() and are fed as syslog-style lines; the userspace-killers scope leaves
// the kernel out; a journal without kernel messages is refused for the kernel scope. This
// machine runs no journald, so the journal is a file that systemd-journal-remote writes
// from Journal Export Format text and appends to, as journald would.

#include "sources/follow/journalfollowedlog.h"
#include "sources/input/linesink.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

class Recorder : public LineSink
{
public:
    void addLine(QByteArrayView line, qint64) override { lines.append(line.toByteArray()); }
    void addGap() override { }
    QList<QByteArray> lines;
};

QString journalRemote()
{
    for (const QString &path :
         {u"/usr/lib/systemd/systemd-journal-remote"_s, u"/lib/systemd/systemd-journal-remote"_s}) {
        if (QFile::exists(path))
            return path;
    }
    return {};
}

QByteArray entry(qint64 second, const QByteArray &transport, const QByteArray &identifier,
                 const QByteArray &message)
{
    return "__REALTIME_TIMESTAMP=" + QByteArray::number(1704164645 + second) + "000000\n"
        + "__MONOTONIC_TIMESTAMP=" + QByteArray::number(78 + second) + "000000\n"
        + "_BOOT_ID=3f2e1d0c9b8a79685746352413021f0e\n_HOSTNAME=node7\n_TRANSPORT=" + transport
        + "\nSYSLOG_IDENTIFIER=" + identifier + "\nMESSAGE=" + message + "\n\n";
}

} // namespace

class TestJournalFollowedLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followsAppendedEntries();
    void killersScopeLeavesTheKernelOut();
    void refusesAJournalWithoutKernelMessages();

private:
    // Appends entries to the journal file, as journald would.
    void write(const QByteArray &exportText);

    QTemporaryDir m_dir;
    QString m_journal;
};

void TestJournalFollowedLog::initTestCase()
{
    if (!JournalFollowedLog::available())
        QSKIP(
            "built without libsystemd; install it and reconfigure: sudo apt install "
            "libsystemd-dev");
    if (journalRemote().isEmpty())
        QSKIP(
            "systemd-journal-remote writes the test's journal file; install it: "
            "sudo apt install systemd-journal-remote");
    QVERIFY(m_dir.isValid());
}

void TestJournalFollowedLog::write(const QByteArray &exportText)
{
    const QString input = m_dir.filePath(u"entries.export"_s);
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(exportText), exportText.size());
    file.close();
    QProcess remote;
    remote.start(journalRemote(), {u"--output="_s + m_journal, input});
    QVERIFY(remote.waitForFinished(10000));
    QVERIFY2(remote.exitCode() == 0, remote.readAllStandardError().constData());
}

void TestJournalFollowedLog::followsAppendedEntries()
{
    m_journal = m_dir.filePath(u"follow.journal"_s);
    write(entry(0, "kernel", "kernel", "an old kernel line"));
    QString error;
    auto log = JournalFollowedLog::openFiles(
        {m_journal}, JournalFollowedLog::Scope::KernelAndKillers, false, &error);
    QVERIFY2(log, qPrintable(error));
    QCOMPARE(log->displayPath(), u"journal"_s);
    Recorder sink;
    QCOMPARE(log->readAvailable(sink).lines, 0); // without history: only what comes next

    write(entry(1, "kernel", "kernel", "Out of memory: Killed process 123 (foo)")
          + entry(2, "journal", "systemd", "foo.service: Failed with result 'oom-kill'."));
    const PollRequest request = log->pollRequest();
    QVERIFY(request.fd >= 0);
    pollfd fd = {request.fd, request.events, 0};
    QVERIFY2(::poll(&fd, 1, 5000) == 1, "the journal's inotify descriptor did not wake up");
    const FollowRead read = log->readAvailable(sink);
    QVERIFY(!read.failed);
    QCOMPARE(read.lines, 2);
    QCOMPARE(sink.lines.size(), 2);
    QVERIFY2(sink.lines.at(0).endsWith(" node7 kernel: Out of memory: Killed process 123 (foo)"),
             sink.lines.at(0).constData());
    QVERIFY2(
        sink.lines.at(1).endsWith(" node7 systemd: foo.service: Failed with result 'oom-kill'."),
        sink.lines.at(1).constData());
}

void TestJournalFollowedLog::killersScopeLeavesTheKernelOut()
{
    m_journal = m_dir.filePath(u"killers.journal"_s);
    write(entry(0, "kernel", "kernel", "a kernel line")
          + entry(1, "journal", "earlyoom", "sending SIGTERM to process 42 \"tail\": badness 900")
          + entry(2, "journal", "cron", "an unrelated daemon"));
    QString error;
    auto log = JournalFollowedLog::openFiles({m_journal}, JournalFollowedLog::Scope::KillersOnly,
                                             true, &error);
    QVERIFY2(log, qPrintable(error));
    Recorder sink;
    log->readAvailable(sink);
    QCOMPARE(sink.lines.size(), 1);
    QVERIFY(sink.lines.first().contains("earlyoom: sending SIGTERM"));
}

void TestJournalFollowedLog::refusesAJournalWithoutKernelMessages()
{
    // What a user outside the systemd-journal and adm groups sees: their own entries only.
    m_journal = m_dir.filePath(u"user.journal"_s);
    write(entry(0, "journal", "systemd", "Started session."));
    QString error;
    QVERIFY(!JournalFollowedLog::openFiles({m_journal}, JournalFollowedLog::Scope::KernelAndKillers,
                                           false, &error));
    QVERIFY2(error.startsWith(u"the journal shows this user no kernel messages"_s),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestJournalFollowedLog)
#include "tst_journalfollowedlog.moc"
