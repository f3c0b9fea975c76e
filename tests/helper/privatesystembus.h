// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A real dbus-daemon (type "system") and the real polkitd, inside a private mount
// namespace of the test process, so the machine is unchanged:
//  - a temporary directory bind-mounted over /run/dbus holds the bus socket, so every
//    process of the test (the helper, polkitd, dbus-send) finds it at the standard path;
//  - /usr/share/polkit-1/actions is replaced by a copy of it plus OOM Lens's policy;
//  - /etc/polkit-1/rules.d (and /usr/share/polkit-1/rules.d) hold only the test's rules.
// Needs root (unshare, mount, polkitd drops to its own user). start() returns the reason
// when it cannot run, for QSKIP.
class PrivateSystemBus
{
public:
    PrivateSystemBus();
    ~PrivateSystemBus();

    // rules: the JavaScript of the test's polkit rules file.
    QString start(const QString &policyFile, const QString &busPolicyFile, const QByteArray &rules);
    QDBusConnection connection() const; // the test's own (root) connection
    bool waitForName(const QString &name, int timeoutMs = 20000) const;
    QString polkitOutput(); // what polkitd printed (its rules' polkit.log lines)
    const QString &workDir() const { return m_workDir; }

    // Runs `program arguments` as user nobody (setpriv), returns exit code; output in *out.
    static int runAsNobody(const QString &program, const QStringList &arguments, QString *out,
                           int timeoutMs = 30000);

private:
    QString bindOver(const QString &source, const QString &target);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workDir;
    QProcess m_daemon;
    QProcess m_polkitd;
    QString m_polkitLog;
};
