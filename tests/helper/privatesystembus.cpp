// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "privatesystembus.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString PolkitActions = u"/usr/share/polkit-1/actions"_s;
const QString ConnectionName = u"oomlens-private-system-bus"_s;

QString polkitdPath()
{
    for (const QString &candidate : {u"/usr/lib/polkit-1/polkitd"_s, u"/usr/libexec/polkitd"_s,
                                     u"/usr/lib/policykit-1/polkitd"_s})
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    return QString();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

PrivateSystemBus::PrivateSystemBus() = default;

PrivateSystemBus::~PrivateSystemBus()
{
    QDBusConnection::disconnectFromBus(ConnectionName);
    for (QProcess *process : {&m_polkitd, &m_daemon}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished(5000);
        }
    }
}

QString PrivateSystemBus::bindOver(const QString &source, const QString &target)
{
    if (::mount(QFile::encodeName(source).constData(), QFile::encodeName(target).constData(),
                nullptr, MS_BIND, nullptr)
        != 0)
        return u"bind-mount over %1: %2"_s.arg(target,
                                               QString::fromLocal8Bit(std::strerror(errno)));
    return QString();
}

QString PrivateSystemBus::start(const QString &policyFile, const QString &busPolicyFile,
                                const QByteArray &rules)
{
    const QString enable =
        u" (run as root: sudo ctest --test-dir build/dev -R tst_helperpolkit; "
        u"packages: apt-get install polkitd dbus-daemon dbus-bin util-linux)"_s;
    if (::geteuid() != 0)
        return u"needs root for a private mount namespace and polkitd"_s + enable;
    const QString polkitd = polkitdPath();
    if (polkitd.isEmpty() || QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty()
        || QStandardPaths::findExecutable(u"setpriv"_s).isEmpty()
        || QStandardPaths::findExecutable(u"dbus-send"_s).isEmpty())
        return u"polkitd, dbus-daemon, dbus-send or setpriv is not installed"_s + enable;
    if (!QFileInfo(u"/run/dbus"_s).isDir() || !QFileInfo(PolkitActions).isDir()
        || !QFileInfo(u"/etc/polkit-1/rules.d"_s).isDir())
        return u"/run/dbus, /usr/share/polkit-1/actions or /etc/polkit-1/rules.d is missing"_s
            + enable;
    // Everything below happens in the test process's own mount namespace: the bind mounts
    // vanish with it, the machine never sees them.
    if (::unshare(CLONE_NEWNS) != 0)
        return u"unshare(CLONE_NEWNS): "_s + QString::fromLocal8Bit(std::strerror(errno)) + enable;
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return u"making / private: "_s + QString::fromLocal8Bit(std::strerror(errno));

    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/oomlens-polkit-XXXXXX"_s);
    m_workDir = m_dir->path();
    QFile::setPermissions(m_workDir, QFileDevice::Permissions(0x7755));
    for (const QString &sub : {u"run"_s, u"actions"_s, u"rules"_s, u"empty"_s}) {
        QDir(m_workDir).mkpath(sub);
        QFile::setPermissions(m_workDir + u'/' + sub, QFileDevice::Permissions(0x7755));
    }
    for (const QString &name : QDir(PolkitActions).entryList(QDir::Files))
        QFile::copy(PolkitActions + u'/' + name, m_workDir + u"/actions/"_s + name);
    if (!QFile::copy(policyFile, m_workDir + u"/actions/io.github.oomlens.policy"_s))
        return u"cannot copy "_s + policyFile;
    if (!writeFile(m_workDir + u"/rules/50-oomlens-test.rules"_s, rules))
        return u"cannot write the rules"_s;
    for (const QString &file : QDir(m_workDir + u"/actions"_s).entryList(QDir::Files))
        QFile::setPermissions(m_workDir + u"/actions/"_s + file, QFileDevice::Permissions(0x6444));
    QFile::setPermissions(m_workDir + u"/rules/50-oomlens-test.rules"_s,
                          QFileDevice::Permissions(0x6444));
    for (const auto &[source, target] :
         {std::pair{m_workDir + u"/actions"_s, PolkitActions},
          std::pair{m_workDir + u"/rules"_s, u"/etc/polkit-1/rules.d"_s},
          std::pair{m_workDir + u"/run"_s, u"/run/dbus"_s}})
        if (const QString error = bindOver(source, target); !error.isEmpty())
            return error;
    if (QFileInfo(u"/usr/share/polkit-1/rules.d"_s).isDir())
        if (const QString error =
                bindOver(m_workDir + u"/empty"_s, u"/usr/share/polkit-1/rules.d"_s);
            !error.isEmpty())
            return error;

    // A system bus as the platform notes describe it: polkitd (which drops to its own
    // user) may own its name, root may own the rest; OOM Lens's own bus policy is included
    // as it is installed.
    const QByteArray config =
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig>\n"
        "  <type>system</type>\n"
        "  <listen>unix:path=/run/dbus/system_bus_socket</listen>\n"
        "  <auth>EXTERNAL</auth>\n"
        "  <policy context=\"default\">\n"
        "    <allow user=\"*\"/>\n"
        "    <allow send_type=\"signal\"/>\n"
        "    <allow send_requested_reply=\"true\" send_type=\"method_return\"/>\n"
        "    <allow send_requested_reply=\"true\" send_type=\"error\"/>\n"
        "    <allow send_destination=\"org.freedesktop.DBus\"/>\n"
        "    <allow send_destination=\"org.freedesktop.PolicyKit1\"/>\n"
        "    <allow send_destination=\"org.freedesktop.systemd1\"/>\n"
        "    <allow receive_sender=\"*\"/>\n"
        "  </policy>\n"
        "  <policy user=\"polkitd\"><allow own=\"org.freedesktop.PolicyKit1\"/></policy>\n"
        "  <policy user=\"root\"><allow own=\"*\"/><allow send_destination=\"*\"/></policy>\n"
        "  <include>"
        + QFile::encodeName(busPolicyFile) + "</include>\n</busconfig>\n";
    const QString configPath = m_workDir + u"/bus.conf"_s;
    if (!writeFile(configPath, config))
        return u"cannot write the bus configuration"_s;
    m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_daemon.start(
        u"dbus-daemon"_s,
        {u"--config-file="_s + configPath, u"--nofork"_s, u"--nopidfile"_s, u"--print-address"_s});
    if (!m_daemon.waitForReadyRead(20000))
        return u"dbus-daemon did not start: "_s + m_daemon.errorString();
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/run/dbus/system_bus_socket");

    m_polkitd.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_polkitd, &QProcess::readyRead, [this] {
        m_polkitLog += QString::fromLocal8Bit(m_polkitd.readAll());
    });
    m_polkitd.start(polkitd, {});
    if (!waitForName(u"org.freedesktop.PolicyKit1"_s))
        return u"polkitd did not take its name on the private bus: "_s + polkitOutput();
    return QString();
}

QDBusConnection PrivateSystemBus::connection() const
{
    return QDBusConnection::connectToBus(u"unix:path=/run/dbus/system_bus_socket"_s,
                                         ConnectionName);
}

bool PrivateSystemBus::waitForName(const QString &name, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QDBusConnection bus = connection();
        if (bus.isConnected() && bus.interface()->isServiceRegistered(name).value())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(50);
    }
    return false;
}

QString PrivateSystemBus::polkitOutput()
{
    m_polkitLog += QString::fromLocal8Bit(m_polkitd.readAll());
    return m_polkitLog;
}

int PrivateSystemBus::runAsNobody(const QString &program, const QStringList &arguments,
                                  QString *out, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(
        u"setpriv"_s,
        QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"--"_s, program}
            + arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    *out = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
