// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The host gatherer (src/hostgather) and the app's side of it: the real static program run
// directly (what it returns and refuses), its reply format parsed, and the whole round trip
// through org.freedesktop.Flatpak.Development.HostCommand served by flatpak's own
// flatpak-session-helper on a private session bus (the same service a Flatpak app reaches
// through its D-Bus proxy).

#include "sources/system/hostgatherer.h"
#include "sources/system/hostgatherreply.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace oom::sources;

namespace {

const QString Gatherer = QStringLiteral(OOMLENS_HOSTGATHER);

QByteArray runGatherer(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(Gatherer, arguments);
    if (!process.waitForFinished(30000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

// Whether an ELF file names a program interpreter (a PT_INTERP program header), which is
// what makes it dynamically linked. (A static glibc binary may still contain the string
// "ld-linux": its dlopen support names the loader.)
bool hasInterpreter(const QByteArray &elf)
{
    const auto read = [&elf](qsizetype at, int size) -> quint64 {
        quint64 value = 0;
        for (int i = size - 1; i >= 0; --i) // ELFDATA2LSB: every Linux target we build for
            value = value << 8 | quint8(elf.at(at + i));
        return value;
    };
    const bool is64 = elf.at(4) == 2; // EI_CLASS
    const qsizetype phoff = qsizetype(is64 ? read(0x20, 8) : read(0x1c, 4));
    const int phentsize = int(read(is64 ? 0x36 : 0x2a, 2));
    const int phnum = int(read(is64 ? 0x38 : 0x2c, 2));
    constexpr quint64 PtInterp = 3;
    for (int i = 0; i < phnum; ++i) {
        const qsizetype header = phoff + qsizetype(i) * phentsize;
        if (header + 4 <= elf.size() && read(header, 4) == PtInterp)
            return true;
    }
    return false;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHostGather : public QObject
{
    Q_OBJECT

    QProcess m_bus;
    QProcess m_sessionHelper;
    QString m_busAddress;
    QTemporaryDir m_runtimeDir;

private Q_SLOTS:
    void cleanupTestCase()
    {
        for (QProcess *p : {&m_sessionHelper, &m_bus}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                p->waitForFinished(5000);
            }
        }
    }

    void gathererIsStatic()
    {
        // A dynamically linked gatherer would load the host's libraries, whichever they are.
        const QByteArray elf = fileBytes(Gatherer);
        QVERIFY(
            elf.startsWith("\x7f"
                           "ELF"));
        QVERIFY2(!hasInterpreter(elf), "oomlens-hostgather asks for a dynamic loader (PT_INTERP)");
    }

    void readsAllowedFiles()
    {
        const QString status = u"/proc/%1/status"_s.arg(getpid());
        const QString oomScoreAdj = u"/proc/%1/oom_score_adj"_s.arg(getpid());
        int exitCode = -1;
        const QByteArray reply = runGatherer({status, oomScoreAdj, u"list:/proc"_s}, &exitCode);
        QCOMPARE(exitCode, 0);
        QString error;
        const auto records = parseHostGatherReply(reply, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(0).request, status);
        QCOMPARE(records->at(0).status, u"ok"_s);
        // Our own status names us; the bytes are the file's, unparsed.
        QVERIFY(records->at(0).bytes.startsWith("Name:\t"));
        QCOMPARE(records->at(1).bytes, fileBytes(oomScoreAdj));
        QVERIFY(hostGatherListEntries(records->at(2)).contains(QString::number(getpid())));
        QVERIFY(!hostGatherListEntries(records->at(2)).contains(u"self"_s));
    }

    void refusesWhatIsNotAllowed_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("status");
        QTest::newRow("a file outside the allow-list") << u"/etc/passwd"_s << u"denied"_s;
        QTest::newRow("escaping /proc with ..") << u"/proc/1/../../etc/shadow"_s << u"denied"_s;
        QTest::newRow("a process file not on the list") << u"/proc/1/environ"_s << u"denied"_s;
        QTest::newRow("a process's memory") << u"/proc/1/mem"_s << u"denied"_s;
        QTest::newRow("relative path") << u"proc/1/status"_s << u"denied"_s;
        QTest::newRow("a listing outside the allow-list") << u"list:/home"_s << u"denied"_s;
        QTest::newRow("a process that does not exist")
            << u"/proc/4000000000/status"_s << u"ENOENT"_s;
        QTest::newRow("a cgroup that does not exist")
            << u"/sys/fs/cgroup/no-such-group.oomlens/memory.max"_s << u"ENOENT"_s;
    }

    void refusesWhatIsNotAllowed()
    {
        QFETCH(QString, request);
        QFETCH(QString, status);
        QString error;
        const auto records = parseHostGatherReply(runGatherer({request}), &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->at(0).status, status);
        QVERIFY(records->at(0).bytes.isEmpty());
    }

    void truncatesAtTheLimit()
    {
        const QString status = u"/proc/%1/status"_s.arg(getpid());
        QString error;
        const auto records =
            parseHostGatherReply(runGatherer({u"--max-bytes"_s, u"5"_s, status}), &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->at(0).status, u"truncated"_s);
        QCOMPARE(records->at(0).bytes, QByteArray("Name:"));
    }

    void malformedReplies_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("not a record") << QByteArray("hello\n");
        QTest::newRow("header cut") << QByteArray("OOMHG1 ok 5 /proc/1/comm");
        QTest::newRow("data cut") << QByteArray("OOMHG1 ok 50 /proc/1/comm\nabc\n");
        QTest::newRow("no length") << QByteArray("OOMHG1 ok /proc/1/comm\n\n");
        QTest::newRow("negative length") << QByteArray("OOMHG1 ok -3 /proc/1/comm\nabc\n");
    }

    void malformedReplies()
    {
        QFETCH(QByteArray, reply);
        QString error;
        QVERIFY(!parseHostGatherReply(reply, &error));
        QVERIFY2(error.contains(u"malformed at byte"_s), qPrintable(error));
    }

    void throughFlatpakHostCommand()
    {
        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        const QString helper = u"/usr/libexec/flatpak-session-helper"_s;
        if (daemon.isEmpty() || !QFileInfo(helper).isExecutable())
            QSKIP("needs dbus-daemon and flatpak's session helper (apt-get install dbus flatpak)");

        // A private session bus: nothing of the user's session is touched.
        m_bus.start(daemon, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(m_bus.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!m_busAddress.isEmpty());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_busAddress);
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtimeDir.path());
        m_sessionHelper.setProcessEnvironment(env);
        m_sessionHelper.start(helper, {});
        QVERIFY(m_sessionHelper.waitForStarted());

        QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, u"hostgather-test"_s);
        QVERIFY(bus.isConnected());
        QTRY_VERIFY_WITH_TIMEOUT(
            bus.interface()->isServiceRegistered(u"org.freedesktop.Flatpak"_s).value(), 10000);

        const QString status = u"/proc/%1/status"_s.arg(getpid());
        QString error;
        const auto records = gatherFromHost(bus, Gatherer, {status, u"/etc/passwd"_s}, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).status, u"ok"_s);
        QVERIFY(records->at(0).bytes.contains(
            QByteArray("\nPid:\t" + QByteArray::number(getpid()) + '\n')));
        QCOMPARE(records->at(1).status, u"denied"_s);

        // A program that fails on the host is reported with its exit status.
        const auto failed = gatherFromHost(bus, Gatherer, {}, &error);
        QVERIFY(!failed);
        QVERIFY2(error.contains(u"exit status 64"_s), qPrintable(error));
        QDBusConnection::disconnectFromBus(u"hostgather-test"_s);
    }
};

QTEST_GUILESS_MAIN(TestHostGather)
#include "tst_hostgather.moc"
