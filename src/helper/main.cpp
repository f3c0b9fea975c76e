// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// oomlens-helper: the privileged half of OOM Lens's remediation (helperservice.h). Started
// by D-Bus activation as root, with a fixed command line; exits when idle.
#include "helper/fileops.h"
#include "helper/helperservice.h"
#include "remedy/actionids.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>

#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "oomlens-helper: %s\n", message.toUtf8().constData());
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    // A clean environment: nothing the caller set can reach the helper (it is started by
    // dbus-daemon or systemd, but be sure), except the bus address the test build needs.
    const QByteArray busAddress = qgetenv("DBUS_SYSTEM_BUS_ADDRESS");
    ::clearenv();
#ifdef OOMLENS_HELPER_TEST_ROOT
    if (!busAddress.isEmpty())
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", busAddress);
#else
    Q_UNUSED(busAddress)
#endif
    ::umask(022);
    QCoreApplication app(argc, argv);
    QString root = u"/"_s;
    int idleMs = 30 * 1000;
#ifdef OOMLENS_HELPER_TEST_ROOT
    // Test build only: --root DIR puts every file operation beneath DIR; --idle-ms N.
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == u"--root")
            root = arguments.at(i + 1);
        else if (arguments.at(i) == u"--idle-ms")
            idleMs = arguments.at(i + 1).toInt();
        else
            fail(u"unknown argument "_s + arguments.at(i));
    }
#else
    if (app.arguments().size() > 1)
        fail(u"takes no arguments"_s);
    if (::geteuid() != 0)
        fail(u"must run as root (it is started by D-Bus activation)"_s);
#endif
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        fail(u"cannot connect to the system bus: "_s + bus.lastError().message());
    const oom::helper::FileOps files(root);
    oom::helper::HelperService service(bus, files, idleMs);
    if (!bus.registerObject(oom::remedy::helperbus::Path, &service,
                            QDBusConnection::ExportAllSlots))
        fail(u"cannot register the object"_s);
    if (!bus.registerService(oom::remedy::helperbus::Service))
        fail(u"cannot own "_s + oom::remedy::helperbus::Service + u": "_s
             + bus.lastError().message());
    return app.exec();
}
