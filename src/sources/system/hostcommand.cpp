// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "hostcommand.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusUnixFileDescriptor>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace oom::sources {

namespace {

const QString Service = u"org.freedesktop.Flatpak"_s;
const QString Path = u"/org/freedesktop/Flatpak/Development"_s;
const QString Interface = u"org.freedesktop.Flatpak.Development"_s;
// flatpak's FLATPAK_HOST_COMMAND_FLAGS_CLEAR_ENV | FLATPAK_HOST_COMMAND_FLAGS_WATCH_BUS
constexpr uint HostCommandFlags = 1u | 2u;

using FdMap = QMap<uint, QDBusUnixFileDescriptor>;

// Closes a descriptor when it goes out of scope.
class Fd
{
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    {
    }
    ~Fd() { reset(); }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

// HostCommand takes NUL-terminated byte strings (GLib's "^ay").
QByteArray byteString(const QString &text)
{
    QByteArray bytes = QFile::encodeName(text);
    bytes.append('\0');
    return bytes;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("HostCommand", text);
}

} // namespace

// Receives HostCommandExited for the pid we wait for.
class HostCommandWatcher : public QObject
{
    Q_OBJECT

public:
    uint pid = 0;
    bool exited = false;
    uint waitStatus = 0;

Q_SIGNALS:
    void done();

public Q_SLOTS:
    void onExited(uint exitedPid, uint status)
    {
        if (pid == 0 || exitedPid != pid)
            return;
        exited = true;
        waitStatus = status;
        Q_EMIT done();
    }
};

HostCommandResult runHostCommand(const QDBusConnection &sessionBus, const QStringList &argv,
                                 std::chrono::milliseconds timeout)
{
    HostCommandResult result;
    if (argv.isEmpty() || !sessionBus.isConnected()) {
        result.error =
            translated(QT_TRANSLATE_NOOP("HostCommand", "no session bus to reach the host"));
        return result;
    }
    qDBusRegisterMetaType<FdMap>();
    qDBusRegisterMetaType<QByteArrayList>(); // "aay"
    qDBusRegisterMetaType<QMap<QString, QString>>();
    const QDeadlineTimer deadline(timeout);

    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        result.error = QString::fromLocal8Bit(std::strerror(errno));
        return result;
    }
    Fd readEnd(pipeFds[0]);
    Fd writeEnd(pipeFds[1]);
    Fd devNull(::open("/dev/null", O_RDONLY | O_CLOEXEC));

    HostCommandWatcher watcher;
    QDBusConnection bus = sessionBus;
    bus.connect(Service, Path, Interface, u"HostCommandExited"_s, &watcher,
                SLOT(onExited(uint, uint)));

    // The call is built and sent in its own scope: QDBusUnixFileDescriptor holds a dup of
    // each descriptor, and a copy of the pipe's write end left alive here would keep the
    // read below from ever seeing EOF.
    const QDBusMessage reply = [&] {
        QList<QByteArray> arguments;
        for (const QString &argument : argv)
            arguments.append(byteString(argument));
        FdMap fds;
        fds.insert(0, QDBusUnixFileDescriptor(devNull.get()));
        fds.insert(1, QDBusUnixFileDescriptor(writeEnd.get()));
        fds.insert(2, QDBusUnixFileDescriptor(STDERR_FILENO));
        QDBusMessage call =
            QDBusMessage::createMethodCall(Service, Path, Interface, u"HostCommand"_s);
        call << byteString(u"/"_s) << QVariant::fromValue(arguments) << QVariant::fromValue(fds)
             << QVariant::fromValue(QMap<QString, QString>()) << HostCommandFlags;
        return bus.call(call, QDBus::Block, int(std::max<qint64>(1, deadline.remainingTime())));
    }();
    // Our copies go: the host program holds the pipe's write end now, so EOF means it is done.
    writeEnd.reset();
    devNull.reset();
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        result.error =
            translated(QT_TRANSLATE_NOOP("HostCommand", "the host refused to start %1: %2"))
                .arg(argv.first(), reply.errorMessage());
        bus.disconnect(Service, Path, Interface, u"HostCommandExited"_s, &watcher,
                       SLOT(onExited(uint, uint)));
        return result;
    }
    watcher.pid = reply.arguments().constFirst().toUInt();

    // Read everything the program writes, until EOF or the deadline.
    char buffer[65536];
    for (;;) {
        pollfd p{readEnd.get(), POLLIN, 0};
        const int remaining = int(std::max<qint64>(0, deadline.remainingTime()));
        const int ready = ::poll(&p, 1, remaining);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            break;
        const ssize_t n = ::read(readEnd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        result.standardOutput.append(buffer, n);
    }

    // The exit status arrives as a signal; it may already be queued.
    if (!watcher.exited && !deadline.hasExpired()) {
        QEventLoop loop;
        QObject::connect(&watcher, &HostCommandWatcher::done, &loop, &QEventLoop::quit);
        QTimer::singleShot(int(std::max<qint64>(0, deadline.remainingTime())), &loop,
                           &QEventLoop::quit);
        loop.exec();
    }
    bus.disconnect(Service, Path, Interface, u"HostCommandExited"_s, &watcher,
                   SLOT(onExited(uint, uint)));
    if (!watcher.exited) {
        result.error = translated(QT_TRANSLATE_NOOP("HostCommand",
                                                    "%1 did not finish within %2 ms on the host"))
                           .arg(argv.first())
                           .arg(timeout.count());
        return result;
    }
    result.finished = true;
    const int status = int(watcher.waitStatus);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

} // namespace oom::sources

#include "hostcommand.moc"
